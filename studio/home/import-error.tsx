import type { ImportFailure } from "./import-button";

/** Names every problem with its JSON path, so the designer can fix the file and try again. */
export function ImportError({
  failure,
  onDismiss,
}: {
  failure: ImportFailure;
  onDismiss: () => void;
}) {
  const shown = failure.issues.slice(0, 20);
  return (
    <div className="import-error" role="alert">
      <div className="import-error__head">
        <h2>
          Could not import <span className="file-name">{failure.fileName}</span>
        </h2>
        <button type="button" className="button button--ghost" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <p>{failure.message}</p>
      {shown.length > 0 && (
        <ul className="import-error__issues">
          {shown.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code> {issue.message}
            </li>
          ))}
        </ul>
      )}
      {failure.issues.length > shown.length && (
        <p>…and {failure.issues.length - shown.length} more problems.</p>
      )}
    </div>
  );
}
