import { describe, expect, it } from "vitest";
import { MESSAGES, type Messages } from "./messages";
import { messagesFor, PLAYER_LANGUAGES } from "./messages-for";

/** Every leaf of a message table, with sample arguments for the functions. */
function leaves(table: Messages): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (value: unknown, path: string) => {
    if (typeof value === "string") out.set(path, value);
    else if (typeof value === "function") out.set(path, String(value(3, 2, 1, 1)));
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
  };
  visit(table, "");
  return out;
}

describe("messagesFor", () => {
  it("picks a table by the primary subtag, whatever the region or case", () => {
    expect(messagesFor("fr-CA").continue).toBe("Continuer");
    expect(messagesFor("DE").continue).toBe("Weiter");
    expect(messagesFor("es-419").continue).toBe("Continuar");
    expect(messagesFor("en-GB")).toBe(MESSAGES);
  });

  it("falls back to English for a language it does not speak", () => {
    expect(messagesFor("pt-BR")).toBe(MESSAGES);
    expect(messagesFor("")).toBe(MESSAGES);
  });

  it("has every English key, none empty, in every language", () => {
    const english = leaves(MESSAGES);
    for (const language of PLAYER_LANGUAGES) {
      const table = leaves(messagesFor(language));
      expect([...table.keys()].sort(), language).toEqual([...english.keys()].sort());
      for (const [key, text] of table) expect(text.trim(), `${language} ${key}`).not.toBe("");
    }
  });

  it("puts the arguments into the sentences it builds", () => {
    for (const language of PLAYER_LANGUAGES) {
      const text = messagesFor(language);
      expect(text.typing("Ana"), language).toContain("Ana");
      expect(text.points(7, 10, 70), language).toMatch(/7.*10.*70/);
      expect(text.secondsLeft(12), language).toContain("12");
    }
  });
});
