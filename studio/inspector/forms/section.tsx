import { type ReactNode, useState } from "react";

interface SectionProps {
  title: string;
  /** Shown after the title, such as a count. */
  aside?: ReactNode;
  defaultOpen?: boolean;
  /** Remember whether the designer opened or closed it, across selections and tab switches. */
  memoryKey?: string;
  children: ReactNode;
  className?: string;
}

// Per page: a scenario's sections keep the state the designer left them in.
const remembered = new Map<string, boolean>();

/**
 * A collapsible group; <details> gives keyboard and screen-reader support for
 * free. A closed section renders nothing inside, so a long list (a thousand
 * variables, every node as a start-node choice) costs nothing until opened.
 */
export function Section(props: SectionProps) {
  const { title, aside, defaultOpen = true, memoryKey, children, className } = props;
  const [open, setOpen] = useState(
    () => (memoryKey ? remembered.get(memoryKey) : undefined) ?? defaultOpen,
  );
  return (
    <details
      className={`insp-section ${className ?? ""}`}
      open={open}
      onToggle={(event) => {
        const now = (event.currentTarget as HTMLDetailsElement).open;
        if (memoryKey) remembered.set(memoryKey, now);
        setOpen(now);
      }}
    >
      <summary className="insp-section__summary">
        <h3 className="insp-section__title">{title}</h3>
        {aside !== undefined && <span className="insp-section__aside">{aside}</span>}
      </summary>
      <div className="insp-section__body">{open && children}</div>
    </details>
  );
}
