export interface JsonSyntaxError {
  /** 1-based line and column of the first offending character. */
  line: number;
  column: number;
  offset: number;
  message: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const WHITESPACE = /* @__PURE__ */ new Set([" ", "\t", "\n", "\r"]);
const LITERALS = ["true", "false", "null"] as const;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describe(ch: string | undefined): string {
  return ch === undefined ? "end of input" : `character ${JSON.stringify(ch)}`;
}

/**
 * Where a JSON text first goes wrong. `JSON.parse` messages differ between
 * engines and often omit the position, so the file reader scans the text itself
 * (only after `JSON.parse` has failed) to give designers a line and column.
 */
export function locateJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const fail = (message: string): never => {
    throw new Stop(i, message);
  };
  const expect = (ch: string, what: string) => {
    skip();
    if (text[i] !== ch) fail(`expected ${what}, found ${describe(text[i])}`);
    i++;
  };
  const string = () => {
    i++;
    for (;;) {
      const ch = text[i];
      if (ch === undefined) fail("unterminated string");
      if (ch === '"') break;
      if (ch! < " ") fail("control character inside a string (use \\n, \\t, ...)");
      if (ch === "\\") {
        const esc = text[i + 1];
        if (esc === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("bad \\u escape");
          i += 6;
          continue;
        }
        if (esc === undefined || !'"\\/bfnrt'.includes(esc)) fail("bad escape in string");
        i += 2;
        continue;
      }
      i++;
    }
    i++;
  };
  const value = (depth: number): void => {
    if (depth > 5000) fail("nesting is too deep");
    skip();
    const ch = text[i];
    if (ch === "{") {
      i++;
      skip();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        skip();
        if (text[i] !== '"')
          fail(`expected a property name in double quotes, found ${describe(text[i])}`);
        string();
        expect(":", "':' after the property name");
        value(depth + 1);
        skip();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail(`expected ',' or '}' after a property value, found ${describe(text[i])}`);
      }
    }
    if (ch === "[") {
      i++;
      skip();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        skip();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail(`expected ',' or ']' after an array item, found ${describe(text[i])}`);
      }
    }
    if (ch === '"') {
      string();
      return;
    }
    for (const literal of LITERALS) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (match && match[0].length > 0) {
      i += match[0].length;
      return;
    }
    fail(`unexpected ${describe(ch)}`);
  };
  try {
    value(0);
    skip();
    if (i < text.length) fail(`unexpected ${describe(text[i])} after the end of the document`);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.offset);
    const line = before.split("\n").length;
    const column = e.offset - (before.lastIndexOf("\n") + 1) + 1;
    return { line, column, offset: e.offset, message: e.message };
  }
}
