import { parseRoute } from "./app/route";
import { connectEarly } from "./collab/early-connection";

// The page's entry, and deliberately small (Yjs and the provider, no React): on a scenario's
// URL the collaboration socket opens as soon as this has run, and the document travels while
// the app's code (preloaded by index.html) is still being fetched and compiled.
const route = parseRoute(location.pathname);
if (route.name === "editor") {
  connectEarly(route.scenarioId);
  // The editor's code and styles start loading now, alongside the app's, not once the app
  // runs; the first view (asked for by index.html) is read as soon as its code is in.
  void import("./editor/editor-screen");
  void import("./canvas/first-view-request").then((m) => m.firstViewOf(route.scenarioId));
}
void import("./main");
