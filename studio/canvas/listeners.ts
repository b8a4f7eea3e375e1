type Listener = () => void;

/** A set of change listeners, in the shape useSyncExternalStore subscribes with. */
export class Listeners {
  private readonly set = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.set.add(listener);
    return () => this.set.delete(listener);
  };

  notify(): void {
    for (const listener of this.set) listener();
  }
}
