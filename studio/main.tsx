import { mountStudio } from "./index";

// Opening a scenario by URL: fetch the editor's code alongside the app's first render.
if (location.pathname.startsWith("/s/")) void import("./editor/editor-screen");

mountStudio(document.getElementById("root")!);
