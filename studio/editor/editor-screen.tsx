import { ReactFlowProvider } from "@xyflow/react";
import { useEffect, useRef, useState } from "react";
import { useCurrentUser } from "../app/current-user";
import { firstViewOf, forgetFirstView } from "../canvas/first-view-request";
import { CollabContext } from "../collab/collab-context";
import { CollabSession } from "../collab/collab-session";
import { takeEarlyConnection } from "../collab/early-connection";
import { dismissFirstPaint } from "../first-paint/first-paint-handle";
import { Editor } from "./editor";
import "@xyflow/react/dist/style.css";
import "./editor.css";
import "../first-paint/first-paint.css";

/**
 * Opens one scenario: a collaboration session (document, provider, presence,
 * undo) for as long as the screen is shown.
 */
export function EditorScreen({ scenarioId }: { scenarioId: string }) {
  const me = useCurrentUser();
  const meRef = useRef(me);
  meRef.current = me;
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    // Read while the session starts, so the canvas's first render can draw it.
    void firstViewOf(scenarioId);
    const next = new CollabSession(scenarioId, meRef.current, takeEarlyConnection(scenarioId));
    setSession(next);
    return () => {
      setSession(null);
      next.destroy();
      forgetFirstView();
      dismissFirstPaint();
    };
  }, [scenarioId]);

  useEffect(() => {
    session?.presence.setLocalUser({ id: me.id, name: me.name, color: me.color });
  }, [session, me]);

  if (!session) {
    return (
      <main className="centered-message" aria-busy="true">
        <p>Opening the scenario…</p>
      </main>
    );
  }
  return (
    <CollabContext.Provider value={session}>
      <ReactFlowProvider>
        <Editor session={session} />
      </ReactFlowProvider>
    </CollabContext.Provider>
  );
}
