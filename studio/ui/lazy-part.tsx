import {
  Component,
  type ComponentType,
  type ErrorInfo,
  lazy,
  type ReactNode,
  Suspense,
  useMemo,
  useState,
} from "react";

/** How often a part whose code could not be fetched tries again by itself. */
const RETRY_MS = 5000;

/** The browser's words for a code chunk that could not be fetched (Chromium, Firefox, Safari, Vite's preloader). */
const CHUNK_FAILURE =
  /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export const isChunkLoadFailure = (error: unknown): boolean =>
  error instanceof Error && CHUNK_FAILURE.test(error.message);

interface LazyPartProps<P extends object> {
  /** Named in the message shown while the part cannot be fetched ("the inspector"). */
  name: string;
  load: () => Promise<{ default: ComponentType<P> }>;
  props: P;
  fallback: ReactNode;
  /** Shown instead of the part while its code cannot be fetched; a quiet part shows nothing. */
  quiet?: boolean;
}

/**
 * A part of the studio whose code is fetched on demand. When the fetch fails
 * (the server is unreachable) it says so and tries again, on its own and when
 * the browser comes back online, instead of taking the page down: the editor
 * keeps working offline, and unsent edits with it.
 */
export function LazyPart<P extends object>({
  name,
  load,
  props,
  fallback,
  quiet,
}: LazyPartProps<P>) {
  const [attempt, setAttempt] = useState(0);
  // A rejected lazy component stays rejected: each attempt needs a new one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reason to rebuild.
  const Part = useMemo(() => lazy(load), [load, attempt]);
  return (
    <ChunkBoundary
      key={attempt}
      name={name}
      quiet={quiet ?? false}
      onRetry={() => setAttempt((n) => n + 1)}
    >
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    </ChunkBoundary>
  );
}

interface BoundaryProps {
  name: string;
  quiet: boolean;
  onRetry: () => void;
  children: ReactNode;
}

type Failure = null | "fetch" | "crash";

class ChunkBoundary extends Component<BoundaryProps, { failure: Failure }> {
  override state: { failure: Failure } = { failure: null };
  #timer: ReturnType<typeof setTimeout> | null = null;

  static getDerivedStateFromError(error: unknown): { failure: Failure } {
    return { failure: isChunkLoadFailure(error) ? "fetch" : "crash" };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    if (!isChunkLoadFailure(error)) {
      // A bug in the part, not the network: switched off, the rest of the editor carries on.
      console.error(`${this.props.name} failed and was switched off:`, error);
      return;
    }
    console.warn(`Could not fetch ${this.props.name}; trying again.`, error);
    this.#timer = setTimeout(this.props.onRetry, RETRY_MS);
    window.addEventListener("online", this.props.onRetry);
  }

  override componentWillUnmount(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    window.removeEventListener("online", this.props.onRetry);
  }

  override render(): ReactNode {
    const { failure } = this.state;
    if (failure === null) return this.props.children;
    if (this.props.quiet) return null;
    if (failure === "crash") {
      return (
        <p
          className="muted lazy-part__failed"
          role="status"
        >{`Sorry, ${this.props.name} stopped working. Reload the page to get it back.`}</p>
      );
    }
    return (
      <p className="muted lazy-part__failed" role="status">
        {`Could not load ${this.props.name}: the server cannot be reached. It loads again by itself once the connection is back.`}{" "}
        <button type="button" className="button button--ghost" onClick={this.props.onRetry}>
          Try now
        </button>
      </p>
    );
  }
}
