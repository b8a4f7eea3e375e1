import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { playerHarness } from "./support/player-harness";

const harness = playerHarness();
let page: Page;

beforeAll(async () => {
  page = await harness.browser.newPage();
  // A page with only the bundle: window.Forkline and no player mounted.
  await page.goto(
    harness.server.page(
      "rich-text.html",
      "<!doctype html><title>t</title><script src='/player/forkline-player-none.js'></script>",
    ),
  );
});

function render(doc: unknown, options?: object): Promise<string> {
  return page.evaluate(
    ({ doc, options }) => {
      const box = document.createElement("div");
      // biome-ignore lint/suspicious/noExplicitAny: the bundle's global
      box.append((globalThis as any).Forkline.renderRichText(doc, options));
      return box.innerHTML;
    },
    { doc, options },
  );
}

const text = (t: string, marks?: object[]) => ({
  type: "text",
  text: t,
  ...(marks ? { marks } : {}),
});

describe("renderRichText (the allowlist renderer, in Chromium)", () => {
  it("maps every allowed node type to its element", async () => {
    const html = await render({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 1 }, content: [text("Title")] },
        { type: "heading", attrs: { level: 2 }, content: [text("Sub")] },
        { type: "paragraph", content: [text("a"), { type: "hardBreak" }, text("b")] },
        {
          type: "bulletList",
          content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("i")] }] }],
        },
        {
          type: "orderedList",
          attrs: { start: 3 },
          content: [{ type: "listItem", content: [text("j")] }],
        },
        { type: "blockquote", content: [{ type: "paragraph", content: [text("q")] }] },
        { type: "horizontalRule" },
        { type: "codeBlock", attrs: { language: "js" }, content: [text("x < 1")] },
      ],
    });
    expect(html).toBe(
      [
        "<h3>Title</h3><h4>Sub</h4><p>a<br>b</p>",
        "<ul><li><p>i</p></li></ul>",
        '<ol start="3"><li>j</li></ol>',
        "<blockquote><p>q</p></blockquote><hr>",
        "<pre><code>x &lt; 1</code></pre>",
      ].join(""),
    );
  });

  it("nests marks and keeps headings within h6", async () => {
    expect(
      await render({
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 6 }, content: [text("deep")] },
          {
            type: "paragraph",
            content: [
              text("x", [
                { type: "bold" },
                { type: "italic" },
                { type: "underline" },
                { type: "strike" },
                { type: "code" },
              ]),
            ],
          },
        ],
      }),
    ).toBe("<h6>deep</h6><p><code><s><u><em><strong>x</strong></em></u></s></code></p>");
  });

  it("opens http, https and mailto links in a new tab without an opener, and says so", async () => {
    const html = await render(
      {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              text("web", [{ type: "link", attrs: { href: "https://example.org/a?b=1" } }]),
              text("mail", [{ type: "link", attrs: { href: "mailto:help@example.org" } }]),
              text("plain", [{ type: "link", attrs: { href: "/relative" } }]),
            ],
          },
        ],
      },
      { newTabHint: " (new tab)" },
    );
    expect(html).toBe(
      [
        '<p><a href="https://example.org/a?b=1" rel="noopener noreferrer" target="_blank">web<span class="fl-sr"> (new tab)</span></a>',
        '<a href="mailto:help@example.org" rel="noopener noreferrer" target="_blank">mail<span class="fl-sr"> (new tab)</span></a>',
        "plain</p>",
      ].join(""),
    );
  });

  it("survives documents deeper than it renders", async () => {
    // Built in the page: too deep for the test runner to send over.
    const html = await page.evaluate(() => {
      let node: object = { type: "text", text: "bottom" };
      for (let i = 0; i < 100_000; i++) node = { type: "blockquote", content: [node] };
      const box = document.createElement("div");
      // biome-ignore lint/suspicious/noExplicitAny: the bundle's global
      box.append((globalThis as any).Forkline.renderRichText({ type: "doc", content: [node] }));
      return {
        starts: box.innerHTML.startsWith("<blockquote>"),
        bottom: box.innerHTML.includes("bottom"),
      };
    });
    expect(html).toEqual({ starts: true, bottom: false });
  });

  it("renders nothing for values that are not documents", async () => {
    for (const value of [null, 3, "text", [], { type: "doc", content: {} }])
      expect(await render(value)).toBe("");
  });
});
