import { useSyncExternalStore } from "react";
import { subscribeToLocation } from "./navigate";
import { parseRoute, type Route } from "./route";

let cachedPath = "";
let cachedRoute: Route = { name: "home" };

function currentRoute(): Route {
  const path = window.location.pathname;
  if (path !== cachedPath) {
    cachedPath = path;
    cachedRoute = parseRoute(path);
  }
  return cachedRoute;
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribeToLocation, currentRoute);
}
