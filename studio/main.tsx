import { parseRoute } from "./app/route";
import { mountStudio } from "./index";

// Opening a scenario by URL: fetch the editor's code alongside the app's first render, and read
// the first view (asked for by index.html) before the editor needs it.
const route = parseRoute(location.pathname);
if (route.name === "editor") {
  void import("./editor/editor-screen");
  void import("./canvas/first-view-request").then((m) => m.firstViewOf(route.scenarioId));
}

mountStudio(document.getElementById("root")!);
