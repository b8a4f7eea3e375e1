import { createContext, useContext } from "react";
import type { CollabSession } from "./collab-session";

/**
 * The open scenario's session: doc, provider, presence, undo manager and the
 * local origin. The inspector's collaborative editors read the provider and
 * user from here (Tiptap's CollaborationCaret needs both).
 */
export const CollabContext = createContext<CollabSession | null>(null);

export function useCollab(): CollabSession {
  const session = useContext(CollabContext);
  if (!session) throw new Error("CollabContext is missing");
  return session;
}
