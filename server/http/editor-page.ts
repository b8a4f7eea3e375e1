/**
 * The scenario id in the path of the studio's editor page (`/s/<id>`), or null
 * for any other path. Kept in step with the studio's own routes.
 */
export function editorPageScenarioId(pathname: string): string | null {
  const match = /^\/s\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1] as string);
  } catch {
    return null;
  }
}
