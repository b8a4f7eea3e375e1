/** Formats a path as a JSON path (`$.nodes[3].text`) so designers can find the place in their file. */
export function jsonPath(path: string | readonly (string | number)[]): string {
  if (typeof path === "string") {
    if (path === "" || path === "$") return "$";
    if (path.startsWith("$")) return path;
    // `nodes[3].kind` as it is, `nodes.3.kind` or `nodes/3/kind` with the numbers bracketed.
    const out = path
      .split(/[./]/)
      .filter((part) => part !== "")
      .map((part) => (/^\d+$/.test(part) ? `[${part}]` : part.startsWith("[") ? part : `.${part}`))
      .join("");
    return `$${out}`;
  }
  let out = "$";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
