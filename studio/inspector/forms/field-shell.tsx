import type { ReactNode } from "react";

interface FieldShellProps {
  id: string;
  label: string;
  hideLabel?: boolean;
  hint?: ReactNode;
  error: string | null;
  className?: string;
  children: ReactNode;
}

export const hintIdOf = (id: string) => `${id}-hint`;
export const errorIdOf = (id: string) => `${id}-error`;

/** The ids a control's aria-describedby should name: its hint and its error, when shown. */
export function describedBy(id: string, hint: unknown, error: string | null): string | undefined {
  const ids = [hint ? hintIdOf(id) : null, error ? errorIdOf(id) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** Label, control, hint and inline error, laid out the same way everywhere in the panel. */
export function FieldShell({
  id,
  label,
  hideLabel,
  hint,
  error,
  className,
  children,
}: FieldShellProps) {
  return (
    <div className={`field insp-field ${className ?? ""}`}>
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={hintIdOf(id)} className="insp-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorIdOf(id)} className="insp-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
