import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../../core";
import { assetIdOf } from "../../server";
import { pngImage } from "../support/png-image";
import {
  api,
  createScenario,
  eventually,
  mod,
  newContext,
  nodeLocator,
  openEditor,
  type Studio,
  startStudio,
  watchErrors,
} from "./studio-harness";

/** A 1×1 PNG. */
const PNG = pngImage(1, 1, [36, 89, 166]);
const PNG_ID = assetIdOf(PNG);

const current = (studio: Studio, id: string) =>
  api<Scenario>(studio, `/api/scenarios/${id}/export.json`);
const startMedia = async (studio: Studio, id: string) =>
  (await current(studio, id)).nodes.find((n) => n.id === "start") as
    | (Scenario["nodes"][number] & { media: { assetId: string; alt: string } | null })
    | undefined;

async function choose(
  page: Page,
  button: string,
  file: { name: string; buffer: Buffer; mimeType: string },
) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: button }).first().click();
  await (await chooser).setFiles(file);
}

/** A designer puts an image in a scene from their disk, and learners see it in the preview. */
describe("uploading media from the inspector", () => {
  let studio: Studio;
  let scenarioId: string;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    studio = await startStudio();
    scenarioId = await createScenario(studio, "Media upload");
    page = await (await newContext(studio)).newPage();
    errors = watchErrors(page);
    await openEditor(page, scenarioId);
    await nodeLocator(page, "start").locator(".fl-node__header").click();
    // The media section starts closed on a scene without media.
    await page.locator("summary", { hasText: "Media" }).click();
  });

  afterAll(async () => {
    await studio?.close();
  });

  it("refuses a file that is not what it claims, with the server's reason, and changes nothing", async () => {
    await choose(page, "Upload an image, audio or video…", {
      name: "not-really.png",
      mimeType: "image/png",
      buffer: Buffer.from("hello, I am text"),
    });
    await expect(page.locator(".asset-upload [role=alert]").textContent()).resolves.toMatch(/PNG/i);
    const scenario = await current(studio, scenarioId);
    expect(scenario.assets).toEqual([]);
    expect((await startMedia(studio, scenarioId))?.media ?? null).toBeNull();
  });

  it("uploads an image, lists it, and uses it in the scene in one undoable step", async () => {
    await choose(page, "Upload an image, audio or video…", {
      name: "desk.png",
      mimeType: "image/png",
      buffer: PNG,
    });
    await eventually(async () => {
      expect((await startMedia(studio, scenarioId))?.media?.assetId).toBe(PNG_ID);
    });
    expect((await current(studio, scenarioId)).assets).toEqual([
      { id: PNG_ID, name: "desk.png", mimeType: "image/png", bytes: PNG.byteLength },
    ]);

    await page.getByRole("button", { name: "Replace the file…" }).focus();
    await page.keyboard.press(`${mod}+z`);
    await eventually(async () => {
      expect((await startMedia(studio, scenarioId))?.media ?? null).toBeNull();
      expect((await current(studio, scenarioId)).assets).toEqual([]);
    });
    await page.getByRole("button", { name: "Upload an image, audio or video…" }).focus();
    await page.keyboard.press(`${mod}+y`);
    await eventually(async () => {
      expect((await startMedia(studio, scenarioId))?.media?.assetId).toBe(PNG_ID);
    });
  });

  it("shows the image, with its alternative text, in the preview", async () => {
    const alt = page.getByRole("textbox", { name: "Alternative text" });
    await alt.fill("A tidy support desk");
    await alt.press("Tab");
    await eventually(async () => {
      expect((await startMedia(studio, scenarioId))?.media?.alt).toBe("A tidy support desk");
    });
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    const panel = page.getByRole("region", { name: "Preview" });
    await panel.getByRole("button", { name: "Start preview" }).click();
    const image = panel.getByRole("img", { name: "A tidy support desk" });
    await image.waitFor();
    expect(await image.getAttribute("src")).toContain(`/api/assets/${PNG_ID}`);
    await eventually(async () => {
      expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
    });
    expect(errors).toEqual([]);
  });

  it("gives a persona an avatar uploaded from disk", async () => {
    await page.getByRole("tab", { name: "Scenario" }).click();
    await page.locator("summary", { hasText: "Personas" }).click();
    if ((await current(studio, scenarioId)).personas.length === 0)
      await page.getByRole("button", { name: "Add a persona" }).click();
    await choose(page, "Upload an avatar…", {
      name: "face.png",
      mimeType: "image/png",
      buffer: PNG,
    });
    await eventually(async () => {
      expect((await current(studio, scenarioId)).personas[0]?.avatarAssetId).toBe(PNG_ID);
    });
    const avatar = page.getByRole("img", { name: /avatar$/ }).first();
    await avatar.waitFor();
    await eventually(async () => {
      expect(await avatar.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
    });
    expect(errors).toEqual([]);
  });
});
