import type { ComponentType } from "react";
import type * as Y from "yjs";
import type { CanvasModel } from "../canvas/canvas-model";
import { LazyPart } from "../ui/lazy-part";

/**
 * Tools built in their own folders and mounted here when present: the
 * preview and path explorer (docked to the canvas) and the export button (in
 * the header). Each loads on demand and fails alone.
 */
interface ScenarioToolsProps {
  doc: Y.Doc;
  model: CanvasModel;
  onSelectOption?: (nodeId: string, optionId: string) => void;
}

interface ExportButtonProps {
  scenarioId: string;
  doc: Y.Doc;
}

const toolsModule = Object.values(
  import.meta.glob<{ ScenarioTools?: ComponentType<ScenarioToolsProps> }>(
    "../preview/scenario-tools.tsx",
  ),
)[0];
const exportModule = Object.values(
  import.meta.glob<{ ExportButton?: ComponentType<ExportButtonProps> }>(
    "../export-dialog/export-button.tsx",
  ),
)[0];

const nothing = () => null;

const loadTools = toolsModule
  ? async () => ({
      default:
        (await toolsModule()).ScenarioTools ?? (nothing as ComponentType<ScenarioToolsProps>),
    })
  : null;
const loadExport = exportModule
  ? async () => ({
      default: (await exportModule()).ExportButton ?? (nothing as ComponentType<ExportButtonProps>),
    })
  : null;

export function OptionalScenarioTools(props: ScenarioToolsProps) {
  if (!loadTools) return null;
  return (
    <LazyPart
      name="the preview and path explorer"
      load={loadTools}
      props={props}
      fallback={null}
      quiet
    />
  );
}

export function OptionalExportButton(props: ExportButtonProps) {
  if (!loadExport) return null;
  return (
    <LazyPart name="the export dialog" load={loadExport} props={props} fallback={null} quiet />
  );
}
