import { describe, expect, it } from "vitest";
import { cmi5Exporter } from "../cmi5/cmi5-exporter";
import { htmlExporter } from "../html/html-exporter";
import { scorm12Exporter } from "../scorm12/scorm12-exporter";
import { coerceOptionPairs, optionFields } from "./coerce-option-pairs";

describe("option fields", () => {
  it("describe each option from the zod schema: type, enum, default, bounds, title", () => {
    const fields = optionFields(scorm12Exporter as never);
    const mastery = fields.find((f) => f.key === "masteryScore")!;
    expect(mastery.types.sort()).toEqual(["null", "number"]);
    expect(mastery).toMatchObject({ minimum: 0, maximum: 100, default: null });
    expect(fields.find((f) => f.key === "commit")).toMatchObject({
      enum: ["answer", "suspend", "end"],
      default: "answer",
    });
    expect(mastery.title).toBeTruthy();
  });
});

describe("coerceOptionPairs", () => {
  it("types values by the schema", () => {
    expect(coerceOptionPairs(scorm12Exporter as never, ["masteryScore=80", "title=80"])).toEqual({
      masteryScore: 80,
      title: "80",
    });
    expect(coerceOptionPairs(scorm12Exporter as never, ["masteryScore="])).toEqual({
      masteryScore: null,
    });
    expect(coerceOptionPairs(htmlExporter as never, ["singleFile=false"])).toEqual({
      singleFile: false,
    });
    expect(coerceOptionPairs(cmi5Exporter as never, ["moveOn=Completed"])).toEqual({
      moveOn: "Completed",
    });
  });

  it("refuses unknown keys (listing the known ones) and values of the wrong type", () => {
    expect(() => coerceOptionPairs(scorm12Exporter as never, ["mastery=80"])).toThrow(
      /masteryScore/,
    );
    expect(() => coerceOptionPairs(scorm12Exporter as never, ["masteryScore=high"])).toThrow(
      /number/,
    );
    expect(() => coerceOptionPairs(htmlExporter as never, ["singleFile=maybe"])).toThrow(
      /true or false/,
    );
    expect(() => coerceOptionPairs(htmlExporter as never, ["singleFile"])).toThrow(/key=value/);
  });
});
