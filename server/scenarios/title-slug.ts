/** A scenario's title as a file name: ASCII letters, digits and dashes; empty if none are left. */
export function titleSlug(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/**
 * The name a download gets: an exporter names its file after the scenario's
 * id (stable, for scripts); people downloading from the studio see the title.
 */
export function downloadName(fileName: string, scenario: { id: string; title: string }): string {
  const slug = titleSlug(scenario.title);
  return slug && fileName.startsWith(`${scenario.id}.`)
    ? `${slug}${fileName.slice(scenario.id.length)}`
    : fileName;
}
