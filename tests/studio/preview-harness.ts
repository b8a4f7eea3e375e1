import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { type Engine, type RunState, readScenario, type Scenario, type View } from "../../core";
import { axeViolations } from "../support/axe";
import { api, type Studio } from "./studio-harness";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The highlight colours as computed styles report them (see studio/preview/canvas-highlight.ts). */
export const TRAIL = "rgb(15, 118, 110)";
export const PATH_A = "rgb(109, 40, 217)";
export const PATH_B = "rgb(180, 83, 9)";

/**
 * Whether the studio the server will serve mounts the preview and path
 * explorer (the editor renders `ScenarioTools`). The class name below exists
 * only in that component, so a bundle without it never mounted the tools.
 */
export function studioMountsScenarioTools(): boolean {
  const dir = join(resolve(root, process.env.FORKLINE_STUDIO_DIR ?? "dist/studio"), "assets");
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(".js"))
      .some((f) => readFileSync(join(dir, f), "utf8").includes("scenario-tools__bar"));
  } catch {
    return false;
  }
}

/** The scenario as the server holds it, read through core. */
export async function servedScenario(studio: Studio, id: string): Promise<Scenario> {
  const json = await api<unknown>(studio, `/api/scenarios/${id}/export.json`);
  const read = readScenario(JSON.stringify(json));
  if (!read.ok)
    throw new Error(`the served scenario does not read: ${JSON.stringify(read.errors)}`);
  return read.scenario;
}

export interface NodeLook {
  rendered: boolean;
  badge: string;
  shadow: string;
  outline: string;
  after: string;
  selected: boolean;
}

/** How a canvas node is drawn now: its badge text, ring, outline and dashed frame. */
export function nodeLook(page: Page, nodeId: string): Promise<NodeLook> {
  return page.evaluate((id) => {
    const wrapper = document.querySelector(`.canvas .react-flow__node[data-id="${id}"]`);
    const frame = wrapper?.querySelector(".fl-node");
    if (!wrapper || !frame)
      return { rendered: false, badge: "", shadow: "", outline: "", after: "", selected: false };
    const before = getComputedStyle(wrapper, "::before").content;
    const after = getComputedStyle(wrapper, "::after");
    const style = getComputedStyle(frame);
    return {
      rendered: true,
      badge: before === "none" || before === "normal" ? "" : before.replace(/^"|"$/g, ""),
      shadow: style.boxShadow,
      outline: style.outlineStyle === "none" ? "" : `${style.outlineStyle} ${style.outlineColor}`,
      after: after.content === "none" ? "" : `${after.borderTopStyle} ${after.borderTopColor}`,
      selected: wrapper.classList.contains("selected"),
    };
  }, nodeId);
}

/** The stroke of a canvas edge: colour and dash pattern. */
export function edgeLook(
  page: Page,
  edgeId: string,
): Promise<{ stroke: string; dashes: string } | null> {
  return page.evaluate((id) => {
    const path = document.querySelector(
      `.canvas .react-flow__edge[data-id="${id}"] .react-flow__edge-path`,
    );
    if (!path) return null;
    const style = getComputedStyle(path);
    return { stroke: style.stroke, dashes: style.strokeDasharray };
  }, edgeId);
}

/** Zooms the canvas out to every node (the canvas draws only visible nodes). */
export async function fitCanvas(page: Page): Promise<void> {
  await page.locator(".react-flow__controls-fitview").click();
  await page.waitForTimeout(100);
}

/** Puts focus back in the player's stage (after the test clicked elsewhere), as the player itself does. */
export async function focusPlayer(page: Page): Promise<void> {
  await page
    .locator(".preview-player .fl-stage")
    .locator("[tabindex='-1'], button")
    .first()
    .focus();
}

const STAGE_CLASS: Record<View["kind"], string> = {
  scene: ".fl-actions",
  decision: ".fl-decision",
  feedback: ".fl-feedback",
  reflection: ".fl-reflection",
  ending: ".fl-debrief",
};

/**
 * Waits until the preview's player shows `view` with focus in its stage and
 * the run panel lists `steps` steps of the path so far.
 */
export async function waitForPreview(page: Page, view: View, steps: number): Promise<void> {
  await page.waitForFunction(
    ({ cls, steps }) => {
      const stage = document.querySelector(".preview-player .fl-stage");
      const listed = document.querySelectorAll(".run-sidebar__path > li").length;
      return (
        !!stage?.querySelector(cls) &&
        listed === steps &&
        !!document.activeElement?.closest(".preview-player .fl-stage")
      );
    },
    { cls: STAGE_CLASS[view.kind], steps },
    { timeout: 15_000 },
  );
}

async function focused(page: Page): Promise<{ tag: string; text: string; type: string }> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName.toLowerCase() ?? "",
      text: (a?.textContent ?? "").trim(),
      type: a?.getAttribute("type") ?? "",
    };
  });
}

async function tabTo(
  page: Page,
  wanted: (f: { tag: string; text: string; type: string }) => boolean,
): Promise<void> {
  for (let i = 0; i < 20; i++) {
    if (wanted(await focused(page))) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(
    `could not tab to the control wanted; focus is on ${JSON.stringify(await focused(page))}`,
  );
}

const countSteps = (state: RunState) => state.path.filter((s) => !s.undone).length;

/**
 * Plays the preview by keyboard only, mirrored step by step in a local
 * engine (same scenario, seed and level): Enter on "Continue", the number
 * keys for options, Tab/Space/arrows for a scale. `pick` chooses the option
 * index at each decision; play stops when `until` says so or at the ending.
 */
export async function playByKeyboard(
  page: Page,
  engine: Engine,
  start: RunState,
  pick: (decisionIndex: number, optionCount: number) => number,
  until: (state: RunState) => boolean = () => false,
): Promise<RunState> {
  let state = start;
  let decisions = 0;
  for (let moves = 0; moves < 200; moves++) {
    const view = engine.view(state);
    await waitForPreview(page, view, countSteps(state));
    if (view.kind === "ending" || until(state)) return state;
    switch (view.kind) {
      case "scene":
        await tabTo(page, (f) => f.tag === "button" && f.text === "Continue");
        await page.keyboard.press("Enter");
        state = engine.continue(state);
        break;
      case "feedback":
        await tabTo(page, (f) => f.tag === "button" && f.text === "Continue");
        await page.keyboard.press("Enter");
        state = engine.continue(state);
        break;
      case "decision": {
        const index = pick(decisions++, view.options.length);
        await page.keyboard.press(String(index + 1));
        state = engine.choose(state, view.options[index]!.id);
        break;
      }
      case "reflection": {
        if (view.reflectionKind === "text") {
          await tabTo(page, (f) => f.tag === "textarea");
          await page.keyboard.type("Stay honest about what I do not know.");
          state = engine.reflect(state, "Stay honest about what I do not know.");
        } else {
          await tabTo(page, (f) => f.tag === "input" && f.type === "radio");
          await page.keyboard.press("Space");
          await page.keyboard.press("ArrowRight");
          state = engine.reflect(state, 2);
        }
        await tabTo(page, (f) => f.tag === "button" && f.text === "Save answer");
        await page.keyboard.press("Enter");
        break;
      }
    }
  }
  throw new Error("the run did not end within 200 moves");
}

/**
 * axe's findings on the page that lie in the preview, the explorer or
 * their buttons (the player included). Findings elsewhere belong to the
 * editor and canvas, whose own accessibility test covers them.
 */
export async function violationsInTools(page: Page) {
  const all = await axeViolations(page);
  const inTools = await page.evaluate(
    (targets) => targets.map((t) => !!document.querySelector(t)?.closest(".scenario-tools")),
    all.flatMap((v) => v.nodes.map((n) => n.target.join(" "))),
  );
  let i = 0;
  return all
    .map((v) => ({ ...v, nodes: v.nodes.filter(() => inTools[i++]) }))
    .filter((v) => v.nodes.length > 0);
}
