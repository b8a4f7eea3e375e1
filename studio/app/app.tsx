import { lazy, Suspense, useEffect } from "react";
import { DeletedScreen } from "../home/deleted-screen";
import { HomeScreen } from "../home/home-screen";
import { ToastProvider } from "../ui/toast";
import { AppLink } from "./app-link";
import { CurrentUserProvider } from "./current-user";
import { useRoute } from "./use-route";

// The canvas and its libraries load only when a scenario is opened.
const EditorScreen = lazy(() =>
  import("../editor/editor-screen").then((m) => ({ default: m.EditorScreen })),
);

export function App() {
  const route = useRoute();
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
