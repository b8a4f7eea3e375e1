import { useReactFlow } from "@xyflow/react";
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import type { CanvasModel } from "./canvas-model";
import type { FlowEdge, FlowNode } from "./flow-types";
import { focusNode } from "./focus-node";

interface NodeSearchProps {
  model: CanvasModel;
  onClose: () => void;
}

/** Finds nodes by any text they show; Enter walks through the matches, selecting and centring each. */
export function NodeSearch({ model, onClose }: NodeSearchProps) {
  const [query, setQuery] = useState("");
  const [current, setCurrent] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const id = useId();

  useEffect(() => {
    input.current?.focus();
  }, []);

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return model.nodes.filter((n) => n.data.searchText.includes(q)).map((n) => n.id);
  }, [query, model]);

  const go = (index: number) => {
    if (matches.length === 0) return;
    const next = ((index % matches.length) + matches.length) % matches.length;
    setCurrent(next);
    focusNode(flow, model, matches[next]!);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      go(event.shiftKey ? current - 1 : current + 1);
    } else if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  };

  const status =
    query.trim() === ""
      ? "Type to search"
      : matches.length === 0
        ? "No matches"
        : current >= 0
          ? `${current + 1} of ${matches.length}`
          : `${matches.length} ${matches.length === 1 ? "match" : "matches"}`;

  return (
    <search className="node-search">
      <label htmlFor={id} className="visually-hidden">
        Search nodes
      </label>
      <input
        id={id}
        ref={input}
        type="search"
        value={query}
        placeholder="Search nodes…"
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(-1);
        }}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-status`}
      />
      <span id={`${id}-status`} className="node-search__status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match"
        onClick={() => go(current - 1)}
        disabled={matches.length === 0}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Next match"
        onClick={() => go(current + 1)}
        disabled={matches.length === 0}
      >
        ↓
      </button>
      <button type="button" className="icon-button" aria-label="Close search" onClick={onClose}>
        ×
      </button>
    </search>
  );
}
