import { AppLink } from "../app/app-link";

/**
 * The start of the editor's header: the way back to the list, and the
 * scenario's title. The server-drawn first paint shows the same (its link is
 * then a plain one, until the app runs).
 */
export function EditorTitle({ title }: { title: string }) {
  return (
    <>
      <AppLink href="/" className="brand" aria-label="Forkline: all scenarios">
        Forkline
      </AppLink>
      <span className="editor-header__sep" aria-hidden="true">
        /
      </span>
      <h1 className="editor-header__title">{title || "Untitled scenario"}</h1>
    </>
  );
}
