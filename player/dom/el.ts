export type Child = Node | string | number | null | undefined | false;

/**
 * Attribute names always come from player code, never from scenario content;
 * values are set with setAttribute, so content can only ever become text.
 * Event handlers are attached as listeners: the DOM never holds an on* attribute.
 */
export type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props) {
    for (const key in props) {
      const value = props[key];
      if (value === undefined || value === null || value === false) continue;
      if (typeof value === "function") node.addEventListener(key, value);
      else if (key === "class") node.className = String(value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Text only readers of assistive technology get. */
export function srOnly(text: string): HTMLSpanElement {
  return el("span", { class: "fl-sr" }, text);
}

let lastId = 0;
/** Ids for aria-labelledby; prefixed so two players on one page never collide. */
export function uid(prefix: string): string {
  lastId += 1;
  return `fl-${prefix}-${lastId}`;
}
