import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import "../styles/base.css";

/** Renders the studio into the given element. */
export function mountStudio(element: HTMLElement): () => void {
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return () => root.unmount();
}
