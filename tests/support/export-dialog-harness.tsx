import { createRoot } from "react-dom/client";
import type { Scenario } from "../../core";
import { ExportDialog } from "../../studio/export-dialog/export-dialog";

/** Mounts the studio's export dialog on a bare page, for a browser test. */
const w = window as unknown as { __scenario: Scenario; __scenarioId: string };
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <ExportDialog
      open
      onClose={() => undefined}
      scenarioId={w.__scenarioId}
      readScenario={() => w.__scenario}
    />,
  );
}
