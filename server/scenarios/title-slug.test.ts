import { describe, expect, it } from "vitest";
import { downloadName, titleSlug } from "./title-slug";

describe("titleSlug", () => {
  it("keeps letters and digits, folds accents, and joins the rest with dashes", () => {
    expect(titleSlug("  Café: the 2nd refund!  ")).toBe("cafe-the-2nd-refund");
    expect(titleSlug('<img src=x onerror="alert(1)">')).toBe("img-src-x-onerror-alert-1");
    expect(titleSlug("日本語")).toBe("");
  });
});

describe("downloadName", () => {
  const scenario = { id: "sc_4f2a", title: "Weekend outage (v2)" };

  it("puts the title where the exporter put the id", () => {
    expect(downloadName("sc_4f2a.scorm12.zip", scenario)).toBe("weekend-outage-v2.scorm12.zip");
    expect(downloadName("sc_4f2a.html", scenario)).toBe("weekend-outage-v2.html");
  });

  it("keeps the exporter's name when the title gives nothing or the name is its own", () => {
    expect(downloadName("sc_4f2a.json", { ...scenario, title: "—" })).toBe("sc_4f2a.json");
    expect(downloadName("course.zip", scenario)).toBe("course.zip");
    expect(downloadName("sc_4f2ab.zip", scenario)).toBe("sc_4f2ab.zip");
  });
});
