import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from "react";

export interface TabSpec {
  id: string;
  label: ReactNode;
  /** Only the selected tab's content is rendered (so only one editor per tab set is live). */
  render: () => ReactNode;
}

interface TabsProps {
  /** Names the tab list for assistive technology. */
  label: string;
  tabs: readonly TabSpec[];
  selected?: string;
  onSelect?: (id: string) => void;
  className?: string;
}

/** The WAI-ARIA tabs pattern: one tab stop, arrow keys, Home and End move between tabs. */
export function Tabs({ label, tabs, selected, onSelect, className }: TabsProps) {
  const base = useId();
  const [own, setOwn] = useState(tabs[0]?.id ?? "");
  const current = tabs.some((t) => t.id === (selected ?? own)) ? (selected ?? own) : tabs[0]?.id;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const choose = (id: string) => {
    if (onSelect) onSelect(id);
    else setOwn(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === current);
    let next = -1;
    if (event.key === "ArrowRight") next = (index + 1) % tabs.length;
    else if (event.key === "ArrowLeft") next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    const id = tabs[next]!.id;
    choose(id);
    buttons.current.get(id)?.focus();
  };
  const active = tabs.find((t) => t.id === current);
  const tabId = (id: string) => `${base}-tab-${id}`;
  const panelId = `${base}-panel`;
  return (
    <div className={`insp-tabs ${className ?? ""}`}>
      <div role="tablist" aria-label={label} className="insp-tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const isCurrent = tab.id === current;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) buttons.current.set(tab.id, el);
                else buttons.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              className="insp-tabs__tab"
              aria-selected={isCurrent}
              aria-controls={isCurrent ? panelId : undefined}
              tabIndex={isCurrent ? 0 : -1}
              onClick={() => choose(tab.id)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {active && (
        <div
          role="tabpanel"
          id={panelId}
          aria-labelledby={tabId(active.id)}
          className="insp-tabs__panel"
        >
          {active.render()}
        </div>
      )}
    </div>
  );
}
