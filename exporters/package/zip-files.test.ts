import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipFiles } from "./zip-files";

const enc = (s: string) => new TextEncoder().encode(s);

describe("zipFiles", () => {
  it("gives the same bytes whatever order the files were added in", () => {
    const a = new Map([
      ["b.txt", enc("b")],
      ["a/index.html", enc("<p>a</p>")],
      ["a.txt", enc("a")],
    ]);
    const b = new Map([
      ["a.txt", enc("a")],
      ["b.txt", enc("b")],
      ["a/index.html", enc("<p>a</p>")],
    ]);
    expect(Buffer.from(zipFiles(a)).equals(Buffer.from(zipFiles(b)))).toBe(true);
  });

  it("round-trips the files, entries in code-point order", () => {
    const files = new Map([
      ["z.txt", enc("z")],
      ["B.txt", enc("B")],
      ["a.txt", enc("a")],
    ]);
    const out = unzipSync(zipFiles(files));
    expect(Object.keys(out)).toEqual(["B.txt", "a.txt", "z.txt"]);
    expect(new TextDecoder().decode(out["z.txt"])).toBe("z");
  });

  it("stamps every entry 1980-01-01 00:00 (DOS time), so the clock never leaks in", () => {
    const zip = zipFiles(new Map([["a.txt", enc("a")]]));
    // Local file header: time at offset 10, date at 12 (little-endian). 1980-01-01 is date 0x0021, time 0.
    expect(zip[10]! | (zip[11]! << 8)).toBe(0);
    expect(zip[12]! | (zip[13]! << 8)).toBe(0x21);
  });
});
