import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScenarioInput } from "../../core";
import { axeViolations } from "../support/axe";
import { launchChromium } from "../support/chromium";
import { type ServerProcess, startServerProcess } from "../support/server-process";
import { INSPECTOR_SCENARIO as SCENARIO } from "./inspector-scenario";

/**
 * Two designers in two browser contexts on one scenario, against a real
 * server: rich text typed at once converges, carets show names, form edits
 * travel, undo stays personal, bad numbers write nothing, axe stays quiet.
 */

const USERS = {
  ana: { id: "ana", name: "Ana Lima", color: "#2f6f8f" },
  bea: { id: "bea", name: "Bea Okafor", color: "#b4542e" },
};

let server: ServerProcess;
let browser: Browser;
let scenarioId: string;
const contexts: BrowserContext[] = [];
let ana: Page;
let bea: Page;

/** Until accounts exist the server has one local user; each context is given its own name. */
async function openAs(user: (typeof USERS)["ana"]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  await context.route("**/api/me", (route) =>
    route.fulfill({ json: { ...user, role: "designer" } }),
  );
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`[${user.name}] page error:`, error.message));
  await page.goto(`${server.url}/s/${scenarioId}`);
  await page.locator('.react-flow__node[data-id="s1"]').waitFor({ timeout: 30_000 });
  // The inspector loads lazily; the scenario tab shows once the first analysis came back.
  await page.getByRole("textbox", { name: "Title", exact: true }).waitFor({ timeout: 30_000 });
  return page;
}

async function selectNode(page: Page, id: string): Promise<void> {
  await page.locator(`.react-flow__node[data-id="${id}"] .fl-node__header`).click();
  await page.locator(".insp-node__id", { hasText: id }).waitFor();
}

function inspector(page: Page): Locator {
  return page.locator(".inspector-slot");
}

async function exported(): Promise<ScenarioInput> {
  const res = await fetch(`${server.url}/api/scenarios/${scenarioId}/export.json`);
  expect(res.status).toBe(200);
  return (await res.json()) as ScenarioInput;
}

function optionOf(scenario: ScenarioInput, nodeId: string, optionId: string) {
  const node = scenario.nodes.find((n) => n.id === nodeId);
  if (node?.kind !== "decision") throw new Error(`${nodeId} is not a decision`);
  return node.options.find((o) => o.id === optionId)!;
}

/** The text of a rich-text editor without the other designers' caret labels drawn inside it. */
function editorText(editor: Locator): Promise<string> {
  return editor.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll(".insp-caret")) caret.remove();
    return (copy.textContent ?? "").replace(/\u2060/g, "");
  });
}

/** Opens a collapsible section of the inspector if it is closed. */
async function openSection(page: Page, title: string): Promise<Locator> {
  const section = inspector(page).locator("details", {
    has: page.locator("summary", { hasText: title }),
  });
  if (!(await section.first().evaluate((d) => (d as HTMLDetailsElement).open))) {
    await section.first().locator("summary").click();
  }
  return section.first();
}

async function openOption(page: Page, text: RegExp): Promise<void> {
  const toggle = inspector(page).getByRole("button", { name: text });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await inspector(page).getByRole("combobox", { name: "Quality" }).waitFor();
}

beforeAll(async () => {
  server = await startServerProcess();
  const res = await fetch(`${server.url}/api/scenarios/import`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(SCENARIO),
  });
  expect(res.status).toBe(201);
  scenarioId = ((await res.json()) as { id: string }).id;
  browser = await launchChromium();
  [ana, bea] = await Promise.all([openAs(USERS.ana), openAs(USERS.bea)]);
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

describe("the inspector with two designers", () => {
  it("both type into the same customer line at once and the text converges", async () => {
    await Promise.all([selectNode(ana, "s1"), selectNode(bea, "s1")]);
    const lines = [ana, bea].map((p) =>
      p.getByRole("textbox", { name: "Customer line", exact: true }),
    );
    for (const [page, line] of [
      [ana, lines[0]!],
      [bea, lines[1]!],
    ] as const) {
      await line.click();
      await page.keyboard.press("End");
    }
    await Promise.all([
      ana.keyboard.type(" Anaword alpha bravo", { delay: 35 }),
      bea.keyboard.type(" Beaword one two", { delay: 35 }),
    ]);
    for (const line of lines) {
      await expect
        .poll(() => editorText(line), { timeout: 15_000 })
        .toMatch(/(?=.*Anaword alpha bravo)(?=.*Beaword one two)/s);
    }
    const [a, b] = await Promise.all([editorText(lines[0]!), editorText(lines[1]!)]);
    expect(a).toBe(b);
    expect(a.startsWith("You charged me twice.")).toBe(true);
    // The server holds it too, not only the two pages.
    await expect
      .poll(async () => JSON.stringify((await exported()).nodes.find((n) => n.id === "s1")), {
        timeout: 15_000,
      })
      .toMatch(/(?=.*Anaword alpha bravo)(?=.*Beaword one two)/s);
  });

  it("shows the other designer's caret with their name", async () => {
    // Both editors still have focus from the previous test; each sees the other's caret.
    const line = bea.getByRole("textbox", { name: "Customer line", exact: true });
    await line.click();
    await bea.keyboard.press("End");
    const caret = inspector(ana).locator(".insp-caret__label", { hasText: USERS.bea.name });
    await caret.waitFor({ state: "visible", timeout: 10_000 });
    await inspector(ana).getByText(`${USERS.bea.name} is editing this text`).waitFor();
    // The canvas still lists both designers: the caret did not clobber the pointer presence.
    await ana.getByRole("img", { name: USERS.bea.name }).first().waitFor();
  });

  it("shows an option's quality and points edited in the other context", async () => {
    await selectNode(ana, "d1");
    await openOption(ana, /That is frustrating/);
    await ana.getByRole("combobox", { name: "Quality" }).selectOption("mixed");
    const points = ana.getByRole("textbox", { name: "Points: Acknowledge" });
    await points.fill("3");
    await points.press("Enter");

    // Bea opens the same option from its row on the canvas: the selection's option id opens it.
    await selectNode(bea, "d1");
    await bea
      .locator('.react-flow__node[data-id="d1"] .fl-row__button', {
        hasText: "That is frustrating",
      })
      .click();
    const quality = bea.getByRole("combobox", { name: "Quality" });
    await expect.poll(() => quality.inputValue(), { timeout: 10_000 }).toBe("mixed");
    await expect
      .poll(() => bea.getByRole("textbox", { name: "Points: Acknowledge" }).inputValue())
      .toBe("3");
    const option = optionOf(await exported(), "d1", "o1");
    expect(option.quality).toBe("mixed");
    expect(option.points).toEqual({ acknowledge: 3 });
  });

  it("undoes a form edit with Ctrl+Z outside the text editor, but not the other designer's", async () => {
    await openOption(ana, /Did you read the terms/);
    await openOption(bea, /Did you read the terms/);
    // Ana: quality weak -> strong. Bea: points on the same option.
    const anaQuality = ana.getByRole("combobox", { name: "Quality" });
    await anaQuality.selectOption("strong");
    const beaPoints = bea.getByRole("textbox", { name: "Points: Acknowledge" });
    await beaPoints.fill("1");
    await beaPoints.press("Enter");
    await expect
      .poll(() => ana.getByRole("textbox", { name: "Points: Acknowledge" }).inputValue(), {
        timeout: 10_000,
      })
      .toBe("1");

    // Focus still on the select: the panel sends Ctrl+Z to the canvas's undo manager.
    await anaQuality.focus();
    await ana.keyboard.press("Control+z");
    await expect.poll(() => anaQuality.inputValue()).toBe("weak");

    // A committed text field, then Ctrl+Z with focus outside any field (the canvas's own shortcut).
    await selectNode(ana, "e1");
    const title = ana.getByRole("textbox", { name: "Title", exact: true });
    await title.fill("Sorted, with a refund");
    await title.press("Enter");
    await expect
      .poll(async () => (await exported()).nodes.find((n) => n.id === "e1"))
      .toMatchObject({
        title: "Sorted, with a refund",
      });
    await ana.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await ana.keyboard.press("Control+z");
    await expect.poll(() => title.inputValue()).toBe("Sorted");

    // The server has both undos once they arrive, and Bea's points untouched.
    await expect
      .poll(async () => {
        const after = await exported();
        return {
          option: optionOf(after, "d1", "o2"),
          title: (after.nodes.find((n) => n.id === "e1") as { title?: string } | undefined)?.title,
        };
      })
      .toMatchObject({ option: { quality: "weak", points: { acknowledge: 1 } }, title: "Sorted" });
    // Bea's points survive in her own view as well.
    await expect.poll(() => beaPoints.inputValue()).toBe("1");
    await expect
      .poll(() => bea.getByRole("combobox", { name: "Quality" }).inputValue())
      .toBe("weak");
  });

  it("keeps Ctrl+Z inside the rich-text editor for the editor's own undo", async () => {
    await selectNode(ana, "e1");
    const debrief = ana.getByRole("textbox", { name: "Debrief", exact: true });
    await debrief.click();
    await ana.keyboard.press("End");
    await ana.keyboard.type(" Extra");
    await expect.poll(() => editorText(debrief)).toBe("Well done. Extra");
    const title = ana.getByRole("textbox", { name: "Title", exact: true });
    await ana.keyboard.press("Control+z");
    await expect.poll(() => editorText(debrief)).toBe("Well done.");
    // The form edit undone earlier stays undone: the canvas's undo manager did not run.
    expect(await title.inputValue()).toBe("Sorted");
  });

  it("refuses an invalid number with an inline error and writes nothing", async () => {
    await selectNode(ana, "d1");
    const seconds = ana.getByRole("textbox", { name: "Seconds to answer" });
    await seconds.fill("2");
    await seconds.press("Enter");
    const error = inspector(ana).getByRole("alert").filter({ hasText: "from 3 to 3600" });
    await error.waitFor();
    expect(await error.textContent()).toBe("Enter a whole number from 3 to 3600.");
    expect(await seconds.getAttribute("aria-invalid")).toBe("true");
    // Blurring keeps the draft and the error; nothing reaches the document.
    await seconds.blur();
    expect(await seconds.inputValue()).toBe("2");

    await openOption(ana, /That is frustrating/);
    const points = ana.getByRole("textbox", { name: "Points: Acknowledge" });
    await points.fill("lots");
    await points.press("Enter");
    await inspector(ana).getByRole("alert").filter({ hasText: "“lots” is not a number" }).waitFor();

    await new Promise((r) => setTimeout(r, 500));
    const saved = await exported();
    const node = saved.nodes.find((n) => n.id === "d1");
    expect(node?.kind === "decision" && node.timer?.seconds).toBe(30);
    expect(optionOf(saved, "d1", "o1").points).toEqual({ acknowledge: 3 });
    await selectNode(bea, "d1");
    expect(await bea.getByRole("textbox", { name: "Seconds to answer" }).inputValue()).toBe("30");

    // Escape puts the stored value back.
    await seconds.focus();
    await seconds.press("Escape");
    expect(await seconds.inputValue()).toBe("30");
  });

  it("reorders options from the keyboard, keeping focus on the moved option", async () => {
    await selectNode(bea, "d1");
    const up = inspector(bea).getByRole("button", { name: "Move option 2 up" });
    await up.focus();
    await bea.keyboard.press("Enter");
    await expect
      .poll(async () => {
        const node = (await exported()).nodes.find((n) => n.id === "d1");
        return node?.kind === "decision" ? node.options.map((o) => o.id) : [];
      })
      .toEqual(["o2", "o1"]);
    // The moved option is first now; focus sits on its "down" button (its "up" is disabled).
    await expect
      .poll(() => bea.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toBe("Move option 1 down");
    await expect
      .poll(() =>
        ana.locator('.react-flow__node[data-id="d1"] .fl-row__text').first().textContent(),
      )
      .toBe("Did you read the terms?");
  });

  it("renames a variable everywhere and lists its uses before removing it", async () => {
    await ana.getByRole("tab", { name: "Scenario" }).click();
    const variables = await openSection(ana, "Variables");
    const name = variables.getByRole("textbox", { name: "Name", exact: true }).first();
    await name.fill("patience");
    await name.press("Enter");
    await ana.getByText("Renamed to patience; 1 place was updated.").waitFor();
    await selectNode(ana, "s1");
    // The scene has an effect, so its "On arrival" section starts open.
    await expect
      .poll(() => inspector(ana).getByRole("combobox", { name: "Variable" }).inputValue())
      .toBe("patience");

    await ana.getByRole("tab", { name: "Scenario" }).click();
    // The section stays as the designer left it.
    expect(await (await openSection(ana, "Variables")).getAttribute("open")).not.toBeNull();
    await inspector(ana).getByRole("button", { name: "Remove variable patience" }).click();
    const warning = inspector(ana).locator(".insp-confirm");
    await warning.waitFor();
    expect(await warning.textContent()).toContain("Scene “You charged me twice.");
    expect(await warning.textContent()).toContain("effect on arrival");
    await warning.getByRole("button", { name: "Keep it" }).click();
    expect((await exported()).variables.map((v) => v.name)).toEqual(["patience"]);
  });

  it("has no axe violations with the inspector open", async () => {
    const inInspector = async (page: Page) => {
      const violations = await axeViolations(page);
      const mine = [];
      for (const v of violations) {
        const nodes = [];
        for (const node of v.nodes) {
          const inside = await page.evaluate(
            (selector) => !!document.querySelector(selector)?.closest(".inspector-slot"),
            node.target.join(" "),
          );
          if (inside) nodes.push(node);
        }
        if (nodes.length > 0) mine.push({ ...v, nodes });
        else
          console.warn(
            `axe outside the inspector: ${v.id} (${v.impact}) ${v.help}: ${v.nodes[0]?.html.slice(0, 160)}`,
          );
      }
      return mine;
    };
    await selectNode(ana, "d1");
    await openOption(ana, /That is frustrating/);
    await openSection(ana, "Skills");
    expect(await inInspector(ana)).toEqual([]);

    await selectNode(ana, "s1");
    expect(await inInspector(ana)).toEqual([]);

    await ana.getByRole("tab", { name: "Scenario" }).click();
    for (const name of ["Variables", "Mood gauge", "Rubric", "Personas", "Settings"]) {
      await openSection(ana, name);
    }
    expect(await inInspector(ana)).toEqual([]);
  });
});
