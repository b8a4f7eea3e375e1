import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { type KeyboardEvent, type ReactNode, useRef, useState } from "react";

interface ToolbarProps {
  editor: Editor;
  label: string;
  disabled: boolean;
  linkOpen: boolean;
  onLink: () => void;
}

interface Tool {
  id: string;
  label: string;
  keys: string;
  symbol: ReactNode;
  isActive: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const TOOLS: readonly Tool[] = [
  {
    id: "bold",
    label: "Bold",
    keys: "Control+B",
    symbol: "B",
    isActive: (e) => e.isActive("bold"),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    id: "italic",
    label: "Italic",
    keys: "Control+I",
    symbol: "I",
    isActive: (e) => e.isActive("italic"),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    id: "bulletList",
    label: "Bulleted list",
    keys: "Control+Shift+8",
    symbol: (
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" fill="currentColor">
        <circle cx="3" cy="4" r="1.5" />
        <circle cx="3" cy="8" r="1.5" />
        <circle cx="3" cy="12" r="1.5" />
        <rect x="6" y="3.25" width="8" height="1.5" rx="0.75" />
        <rect x="6" y="7.25" width="8" height="1.5" rx="0.75" />
        <rect x="6" y="11.25" width="8" height="1.5" rx="0.75" />
      </svg>
    ),
    isActive: (e) => e.isActive("bulletList"),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    id: "orderedList",
    label: "Numbered list",
    keys: "Control+Shift+7",
    symbol: (
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" fill="currentColor">
        <path d="M1.5 2.5h1.5v4" stroke="currentColor" strokeWidth="1.2" fill="none" />
        <path d="M1 10h2.6l-2.6 3.5h3" stroke="currentColor" strokeWidth="1.2" fill="none" />
        <rect x="6" y="3.25" width="8" height="1.5" rx="0.75" />
        <rect x="6" y="10.75" width="8" height="1.5" rx="0.75" />
      </svg>
    ),
    isActive: (e) => e.isActive("orderedList"),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
];

/**
 * The formatting toolbar (WAI-ARIA toolbar: one tab stop, arrow keys between
 * buttons). Buttons keep the text selection: pressing one does not move focus
 * out of the editor.
 */
export function RichTextToolbar({ editor, label, disabled, linkOpen, onLink }: ToolbarProps) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
    }),
  });
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const count = TOOLS.length + 1;

  const onKeyDown = (event: KeyboardEvent) => {
    let next = -1;
    if (event.key === "ArrowRight") next = (focusIndex + 1) % count;
    else if (event.key === "ArrowLeft") next = (focusIndex - 1 + count) % count;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = count - 1;
    if (next < 0) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };
  const keepSelection = (event: { preventDefault: () => void }) => event.preventDefault();

  return (
    <div
      role="toolbar"
      aria-label={`${label}: formatting`}
      className="insp-rich__toolbar"
      onKeyDown={onKeyDown}
    >
      {TOOLS.map((tool, index) => (
        <button
          key={tool.id}
          ref={(el) => {
            buttons.current[index] = el;
          }}
          type="button"
          className={`insp-rich__tool insp-rich__tool--${tool.id}`}
          aria-label={tool.label}
          aria-pressed={active[tool.id as keyof typeof active]}
          aria-keyshortcuts={tool.keys}
          title={`${tool.label} (${tool.keys.replace("Control", "Ctrl")})`}
          tabIndex={index === focusIndex ? 0 : -1}
          disabled={disabled}
          onMouseDown={keepSelection}
          onFocus={() => setFocusIndex(index)}
          onClick={() => tool.run(editor)}
        >
          <span aria-hidden="true">{tool.symbol}</span>
        </button>
      ))}
      <button
        ref={(el) => {
          buttons.current[TOOLS.length] = el;
        }}
        type="button"
        className="insp-rich__tool insp-rich__tool--link"
        aria-label="Link"
        aria-expanded={linkOpen}
        aria-keyshortcuts="Control+K"
        title="Link (Ctrl+K)"
        tabIndex={focusIndex === TOOLS.length ? 0 : -1}
        disabled={disabled}
        onMouseDown={keepSelection}
        onFocus={() => setFocusIndex(TOOLS.length)}
        onClick={onLink}
      >
        <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" fill="none">
          <path
            d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.8 2.8 0 014 4L11 8.5M9 11.5l-1.2 1.2a2.8 2.8 0 01-4-4L5 7.5"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
      </button>
    </div>
  );
}
