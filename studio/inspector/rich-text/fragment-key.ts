import type * as Y from "yjs";

const keys = new WeakMap<Y.XmlFragment, number>();
let next = 1;

/** A stable React key per fragment, so an editor is rebuilt exactly when its fragment is replaced. */
export function fragmentKey(fragment: Y.XmlFragment): number {
  let key = keys.get(fragment);
  if (key === undefined) {
    key = next++;
    keys.set(fragment, key);
  }
  return key;
}
