import { ModalDialog } from "../ui/modal-dialog";
import { SHORTCUTS } from "./shortcuts";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

export function HelpSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ModalDialog title="Keyboard shortcuts" open={open} onClose={onClose} className="help-sheet">
      <div>
        <table className="shortcut-table">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={`${s.keys.join("+")}-${s.action}`}>
                <td>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && " + "}
                      <kbd>{isMac && k === "Ctrl" ? "⌘" : k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{s.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          Connect nodes by dragging from a port (the dot on a node's right edge) to another node.
          Drag kinds from the palette onto the canvas, or focus one and press Enter.
        </p>
      </div>
    </ModalDialog>
  );
}
