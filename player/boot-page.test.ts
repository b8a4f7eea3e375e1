import { describe, expect, it } from "vitest";
import { richTextFromPlain, type Scenario } from "../core";
import { buildBootPage, escapeHtml, jsonForScript } from "./boot-page";

function scenarioWithTitle(title: string, text: string): Scenario {
  return {
    format: "forkline.scenario",
    version: 1,
    meta: { id: "s", title, summary: "", language: "en", authors: [], tags: [], source: "" },
    nodes: [
      {
        id: "n",
        kind: "note",
        position: { x: 0, y: 0 },
        label: "",
        color: "yellow",
        text: richTextFromPlain(text),
      },
    ],
  } as unknown as Scenario;
}

/** The JSON text between a script element's tags. */
function scriptBody(html: string, id: string): string {
  const start = html.indexOf(`id="${id}">`) + `id="${id}">`.length;
  return html.slice(start, html.indexOf("</script>", start));
}

describe("jsonForScript", () => {
  it("escapes what could end a script element or break JavaScript, and still parses back", () => {
    const value = { text: "</script><script>alert(1)</script> <!-- & \u2028\u2029 >" };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(value);
  });

  it("writes null for values JSON cannot hold", () => {
    expect(jsonForScript(undefined)).toBe("null");
  });
});

describe("buildBootPage", () => {
  const hostile = '</script><script>alert("x")</script><!--';
  const page = buildBootPage({
    scenario: scenarioWithTitle(`Title ${hostile}`, hostile),
    js: 'console.log("</script>"); /<!--/.test(s)',
    css: ".a{} </style><b>not markup</b>",
    config: { assets: { a: "assets/</script>.png" }, player: { typingMs: 0 } },
  });

  it("has exactly the page's own script and style elements", () => {
    expect(page.match(/<script/gi)).toHaveLength(3);
    expect(page.match(/<\/script>/gi)).toHaveLength(3);
    expect(page.match(/<\/style>/gi)).toHaveLength(1);
  });

  it("round-trips the scenario and config through their script elements", () => {
    const scenario = JSON.parse(scriptBody(page, "forkline-scenario"));
    expect(scenario.meta.title).toBe(`Title ${hostile}`);
    const config = JSON.parse(scriptBody(page, "forkline-config"));
    expect(config.assets.a).toBe("assets/</script>.png");
  });

  it("escapes the title and neutralises the markers inside inline code", () => {
    expect(page).toContain("<title>Title &#60;/script&#62;");
    expect(page).toContain('console.log("\\x3C/script>")');
    expect(page).toContain("/\\x3C!--/.test(s)");
    expect(page).toContain("<\\/style>");
  });

  it("references external files when given paths", () => {
    const linked = buildBootPage({
      scenario: scenarioWithTitle("T", "x"),
      js: { src: "player/forkline-player-scorm12.js" },
      css: { href: "player/forkline-player.css" },
    });
    expect(linked).toContain('<script src="player/forkline-player-scorm12.js"></script>');
    expect(linked).toContain('<link rel="stylesheet" href="player/forkline-player.css">');
    expect(linked).toContain('<main id="forkline-player">');
    expect(scriptBody(linked, "forkline-config")).toBe("{}");
  });

  it("is deterministic", () => {
    const input = { scenario: scenarioWithTitle("T", "x"), js: "1", css: "" };
    expect(buildBootPage(input)).toBe(buildBootPage(input));
  });

  it("escapes attribute and text contexts", () => {
    expect(escapeHtml(`"'<>&`)).toBe("&#34;&#39;&#60;&#62;&#38;");
  });
});
