import { parseRoute } from "./app/route";
import { connectEarly } from "./collab/early-connection";

// Runs before the app's own script: on a scenario's URL the sync starts at once.
const route = parseRoute(location.pathname);
if (route.name === "editor") connectEarly(route.scenarioId);
