import { type ComponentType, lazy, Suspense } from "react";
import type * as Y from "yjs";
import type { CanvasModel } from "../canvas/canvas-model";
import { ToolBoundary } from "./tool-boundary";

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

const LazyTools = toolsModule
  ? lazy(async () => ({
      default:
        (await toolsModule()).ScenarioTools ?? (nothing as ComponentType<ScenarioToolsProps>),
    }))
  : null;
const LazyExport = exportModule
  ? lazy(async () => ({
      default: (await exportModule()).ExportButton ?? (nothing as ComponentType<ExportButtonProps>),
    }))
  : null;

export function OptionalScenarioTools(props: ScenarioToolsProps) {
  if (!LazyTools) return null;
  return (
    <ToolBoundary name="preview and path explorer">
      <Suspense fallback={null}>
        <LazyTools {...props} />
      </Suspense>
    </ToolBoundary>
  );
}

export function OptionalExportButton(props: ExportButtonProps) {
  if (!LazyExport) return null;
  return (
    <ToolBoundary name="export dialog">
      <Suspense fallback={null}>
        <LazyExport {...props} />
      </Suspense>
    </ToolBoundary>
  );
}
