import { useCallback, useState } from "react";
import type * as Y from "yjs";
import { yDocToScenario } from "../../core";
import { ExportDialog } from "./export-dialog";

/**
 * The export dialog's mount point: a toolbar button that opens it for the
 * scenario being edited. The dialog reads the live document only when it
 * needs the scenario (diagnostics), never on every keystroke elsewhere.
 */
export function ExportButton({ scenarioId, doc }: { scenarioId: string; doc: Y.Doc }) {
  const [open, setOpen] = useState(false);
  const readScenario = useCallback(() => {
    try {
      return yDocToScenario(doc);
    } catch {
      return null;
    }
  }, [doc]);
  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => setOpen(true)}>
        Export
      </button>
      {open && (
        <ExportDialog
          open={open}
          onClose={() => setOpen(false)}
          scenarioId={scenarioId}
          readScenario={readScenario}
        />
      )}
    </>
  );
}
