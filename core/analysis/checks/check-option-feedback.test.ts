import { describe, expect, it } from "vitest";
import { decision, edges, ending, option, scenarioOf } from "../../../tests/factories/graph-shapes";
import { emptyRichText, richTextFromPlain } from "../../schema/rich-text";
import { analyze } from "../analyze";

describe("weak-option-without-feedback", () => {
  const s = scenarioOf({
    nodes: [
      decision("d", [
        option("weak-empty", { quality: "weak", feedback: emptyRichText() }),
        option("weak-blank", { quality: "weak", feedback: richTextFromPlain("   ") }),
        option("weak-ok", {
          quality: "weak",
          feedback: richTextFromPlain("Name the impact first."),
        }),
        option("strong-empty", { quality: "strong", feedback: emptyRichText() }),
      ]),
      ending("e"),
    ],
    edges: edges("d:weak-empty>e", "d:weak-blank>e", "d:weak-ok>e", "d:strong-empty>e"),
  });

  it("reports weak options whose feedback has no visible text, and only those", () => {
    const found = analyze(s).filter((d) => d.code === "weak-option-without-feedback");
    expect(found.map((d) => d.optionId)).toEqual(["weak-blank", "weak-empty"]);
  });
});
