import { type ComponentType, useEffect, useState } from "react";
import type { InspectorProps } from "../inspector/inspector-contract";
import { LazyPart } from "../ui/lazy-part";
import { InspectorPlaceholder, type PlaceholderProps } from "./inspector-placeholder";

type InspectorModule = {
  default?: ComponentType<InspectorProps>;
  Inspector?: ComponentType<InspectorProps>;
};

// The inspector is built separately; when its entry exists the build picks it up, else the placeholder shows.
const found = import.meta.glob<InspectorModule>("../inspector/index.tsx");
const loader = found["../inspector/index.tsx"];

export const HAS_INSPECTOR = loader !== undefined;

const loadInspector = loader
  ? async () => {
      const module = await loader();
      const component = module.default ?? module.Inspector;
      if (!component) throw new Error("studio/inspector/index.tsx exports no Inspector component");
      return { default: component };
    }
  : null;

export function InspectorSlot(props: InspectorProps & PlaceholderProps & { wanted: boolean }) {
  const { model, wanted, ...inspectorProps } = props;
  return (
    <aside className="inspector-slot nokey" aria-label="Inspector">
      {loadInspector && wanted ? (
        <LazyPart
          name="the inspector"
          load={loadInspector}
          props={inspectorProps}
          fallback={<p className="muted inspector-slot__loading">Loading the inspector…</p>}
        />
      ) : (
        <InspectorPlaceholder selection={props.selection} model={model} />
      )}
    </aside>
  );
}

/**
 * The inspector's code (Tiptap and its editors) loads when something is
 * selected, or once the whole scenario has been read and the page is idle, so
 * it never competes with opening the scenario.
 */
export function useInspectorWanted(canvasComplete: boolean, hasSelection: boolean): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted || !HAS_INSPECTOR) return;
    if (hasSelection) {
      setWanted(true);
      return;
    }
    if (!canvasComplete) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => setWanted(true), { timeout: 5000 });
    return () => cancel(handle);
  }, [wanted, canvasComplete, hasSelection]);
  return wanted;
}
