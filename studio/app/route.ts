export type Route =
  | { name: "home" }
  | { name: "deleted" }
  | { name: "editor"; scenarioId: string }
  | { name: "not-found"; path: string };

/** The studio's URLs: `/`, `/deleted` and `/s/<scenario id>`. */
export function parseRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { name: "home" };
  if (pathname === "/deleted") return { name: "deleted" };
  const editor = /^\/s\/([^/]+)\/?$/.exec(pathname);
  if (editor) return { name: "editor", scenarioId: decodeURIComponent(editor[1]!) };
  return { name: "not-found", path: pathname };
}

export const editorPath = (scenarioId: string): string => `/s/${encodeURIComponent(scenarioId)}`;
