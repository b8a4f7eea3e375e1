import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export type XmlElement = Element;

export type ParsedXml = { ok: true; doc: Document } | { ok: false; error: string };

/**
 * Parses XML strictly: any error the parser reports (not only the fatal ones)
 * makes the document count as malformed, because LMS importers use parsers
 * that stop at the first one.
 */
export function parseXml(text: string): ParsedXml {
  const problems: string[] = [];
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") problems.push(message);
      },
    }).parseFromString(text, "text/xml");
    if (problems.length > 0 || !doc.documentElement) {
      return { ok: false, error: problems[0] ?? "no root element" };
    }
    return { ok: true, doc };
  } catch (error) {
    return { ok: false, error: problems[0] ?? (error as Error).message };
  }
}

/** Child elements of `parent`, optionally only those with the given namespace and local name. */
export function childElements(parent: Element, ns?: string, localName?: string): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (ns !== undefined && el.namespaceURI !== ns) continue;
    if (localName !== undefined && el.localName !== localName) continue;
    out.push(el);
  }
  return out;
}

/** Every element below `root` (root included), in document order. */
export function allElements(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element): void => {
    out.push(el);
    for (const child of childElements(el)) walk(child);
  };
  walk(root);
  return out;
}

/** Trimmed text content of an element. */
export function textOf(el: Element | undefined): string {
  return (el?.textContent ?? "").trim();
}
