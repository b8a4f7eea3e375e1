import * as Y from "yjs";
import { formatIssuePath } from "../../file/describe-issue";
import { emptyRichText, RichTextSchema } from "../../schema/rich-text";
import { ORDER_KEY, type YMap } from "../layout";
import { yXmlFragmentToRichText } from "../rich-text/y-xml-to-rich-text";
import { codecOf, type EntitySpec, type FieldCodec } from "./entity-specs";
import { sortedEntries } from "./keyed-order";

export type Path = (string | number)[];

/** Collects what reading had to leave out, with the document path it came from. */
export type ReadReporter = (path: string, message: string) => void;

/**
 * Where the reader is in the document: one mutable stack instead of a new
 * path array per field, because a 5,000-node read visits ~100,000 fields and
 * the path is only needed when something is reported.
 */
export class ReadContext {
  private readonly stack: Path;
  constructor(
    readonly report: ReadReporter,
    base: Path = [],
  ) {
    this.stack = [...base];
  }
  enter(key: string | number): void {
    this.stack.push(key);
  }
  leave(): void {
    this.stack.pop();
  }
  issue(message: string): void {
    this.report(formatIssuePath(this.stack), message);
  }
}

function readRichText(value: unknown, ctx: ReadContext, nullable: boolean): unknown {
  if (value instanceof Y.XmlFragment) {
    return yXmlFragmentToRichText(value, (what) =>
      ctx.issue(`left out ${what}, which rich text does not allow`),
    );
  }
  if (value === null && nullable) return null;
  // Rich text stored as plain JSON (by an older or foreign writer) is checked here, so
  // everything this reader returns as rich text is known to be valid.
  const parsed = RichTextSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  ctx.issue("was not valid rich text; emptied");
  return emptyRichText();
}

function readField(codec: FieldCodec, value: unknown, ctx: ReadContext): unknown {
  if (codec.kind === "richText") return readRichText(value, ctx, codec.nullable);
  if (value instanceof Y.Map) {
    if (codec.kind === "list") return readList(value, codec.item, ctx);
    if (codec.kind === "entity") return readEntity(value, codec.spec, null, ctx);
    const values: FieldCodec = codec.kind === "record" ? codec.values : { kind: "plain" };
    const out: Record<string, unknown> = {};
    value.forEach((v, k) => {
      ctx.enter(k);
      out[k] = readField(values, v, ctx);
      ctx.leave();
    });
    return out;
  }
  if (value instanceof Y.AbstractType) return value.toJSON();
  if (codec.kind === "record" && value && typeof value === "object" && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      ctx.enter(k);
      out[k] = readField(codec.values, v, ctx);
      ctx.leave();
    }
    return out;
  }
  return value;
}

/**
 * An entity's fields as plain data (rich text as JSON, lists as arrays in
 * display order), with its id put back from its key. Plain values are returned
 * as stored, shared with the document: callers must not mutate them.
 */
export function readEntity(
  map: YMap,
  spec: EntitySpec,
  id: string | null,
  ctx: ReadContext,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (spec.idField && id !== null) out[spec.idField] = id;
  // forEach, not entries(): Yjs wraps entries() in a generic iterator that costs
  // more than the read itself over ~100,000 fields.
  map.forEach((value, key) => {
    if (key === ORDER_KEY || key === spec.idField) return;
    ctx.enter(key);
    out[key] = readField(codecOf(spec, key), value, ctx);
    ctx.leave();
  });
  return out;
}

export function readList(
  list: YMap,
  spec: EntitySpec,
  ctx: ReadContext,
): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  list.forEach((value, id) => {
    if (!(value instanceof Y.Map)) {
      ctx.enter(id);
      ctx.issue("left out an item that is not a map");
      ctx.leave();
    }
  });
  for (const [id, item] of sortedEntries(list)) {
    ctx.enter(id);
    out.push(readEntity(item, spec, id, ctx));
    ctx.leave();
  }
  return out;
}

/** A context that drops whatever it is told: for commands that only need the data. */
export function quietContext(): ReadContext {
  return new ReadContext(() => {});
}
