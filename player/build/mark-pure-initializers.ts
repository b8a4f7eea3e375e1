import type { Plugin } from "vite";

interface Node {
  type: string;
  start: number;
  end: number;
  declaration?: Node | null;
  declarations?: { init?: Node | null }[];
}

/** Initializers without calls are already known to be pure. */
const SIMPLE =
  /^(Literal|Identifier|ArrowFunctionExpression|FunctionExpression|ArrayExpression|TemplateLiteral)$/;

/**
 * Lets the bundler drop core's zod schemas from the player. Core's schema
 * files declare schemas (`export const X = z.object(...)`) beside plain helpers
 * the engine uses (`plainTextOf`, `DIFFICULTIES`); a bundler must keep every
 * top-level call it cannot prove pure, so importing one helper drags in all of
 * zod (about 25 KB gzipped). Wrapping each top-level initializer of `core/`
 * in a pure-annotated arrow call means an unused schema is removed and a used
 * one still runs, at the same point, exactly as before.
 */
export function markPureInitializers(coreDir: string): Plugin {
  return {
    name: "forkline:mark-pure-initializers",
    enforce: "post",
    transform(code, id) {
      if (!id.startsWith(coreDir) || id.includes("?")) return null;
      const program = this.parse(code) as unknown as { body: Node[] };
      const spans: [number, number][] = [];
      for (const statement of program.body) {
        const declaration =
          statement.type === "ExportNamedDeclaration" ? statement.declaration : statement;
        if (declaration?.type !== "VariableDeclaration") continue;
        for (const { init } of declaration.declarations ?? []) {
          if (init && !SIMPLE.test(init.type)) spans.push([init.start, init.end]);
        }
      }
      if (spans.length === 0) return null;
      let out = code;
      for (const [start, end] of spans.reverse()) {
        out = `${out.slice(0, start)}/* @__PURE__ */ (() => (${out.slice(start, end)}))()${out.slice(end)}`;
      }
      return { code: out, map: null };
    },
  };
}
