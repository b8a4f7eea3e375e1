import { lazy, Suspense, useEffect } from "react";
import { dismissFirstPaint } from "../first-paint/first-paint-handle";
import { DeletedScreen } from "../home/deleted-screen";
import { HomeScreen } from "../home/home-screen";
import { ToastProvider } from "../ui/toast";
import { AppLink } from "./app-link";
import { CurrentUserProvider } from "./current-user";
import { useRoute } from "./use-route";

// The canvas and its libraries are not part of the app's first load.
const loadEditorScreen = () => import("../editor/editor-screen");
const EditorScreen = lazy(() => loadEditorScreen().then((m) => ({ default: m.EditorScreen })));

export function App() {
  const route = useRoute();
  // The server draws a first paint only on a scenario's page; any other page replaces it.
  useEffect(() => {
    if (route.name !== "editor") dismissFirstPaint();
  }, [route.name]);
  // From the list a scenario is one click away: the editor's code loads while the page is idle.
  useEffect(() => {
    if (route.name !== "home") return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => void loadEditorScreen().catch(() => undefined), { timeout: 5000 });
    return () => cancel(handle);
  }, [route.name]);
  return (
    <CurrentUserProvider>
      <ToastProvider>
        {route.name === "home" && <HomeScreen />}
        {route.name === "deleted" && <DeletedScreen />}
        {route.name === "editor" && (
          <Suspense fallback={<Loading />}>
            <EditorScreen key={route.scenarioId} scenarioId={route.scenarioId} />
          </Suspense>
        )}
        {route.name === "not-found" && <NotFound />}
      </ToastProvider>
    </CurrentUserProvider>
  );
}

function Loading() {
  return (
    <main className="centered-message" aria-busy="true">
      <p>Opening the scenario…</p>
    </main>
  );
}

function NotFound() {
  useEffect(() => {
    document.title = "Not found · Forkline";
  }, []);
  return (
    <main className="centered-message">
      <h1>There is nothing at this address</h1>
      <p>
        <AppLink href="/">Go to your scenarios</AppLink>
      </p>
    </main>
  );
}
