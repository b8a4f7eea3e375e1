/**
 * Left-aligned columns separated by two spaces; the last column is not padded
 * so long messages do not drag trailing spaces. Widths count UTF-16 units,
 * which is right for the ids and labels printed here.
 */
export function formatTable(rows: readonly (readonly string[])[], indent = "  "): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
        .join("  ")
        .trimEnd(),
  );
}

/** "1 error", "2 warnings". */
export function plural(count: number | bigint, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 || count === 1n ? one : many}`;
}
