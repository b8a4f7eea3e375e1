import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aConnectedScenario } from "../factories/scenario";
import { launchChromium } from "../support/chromium";
import { openBootPage } from "./support/player-page";
import { type PlayerServer, startPlayerServer } from "./support/player-server";

let browser: Browser;
let server: PlayerServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startPlayerServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The player speaks the scenario's language in its own words (buttons, labels, announcements). */
describe("the player's language", () => {
  for (const [language, next, reply, conversation] of [
    ["fr-FR", "Continuer", "Votre réponse", "Conversation"],
    ["de", "Weiter", "Ihre Antwort", "Gespräch"],
    ["es", "Continuar", "Tu respuesta", "Conversación"],
  ] as const) {
    it(`uses ${language} words and marks the player with the language`, async () => {
      const scenario = aConnectedScenario();
      const translated = { ...scenario, meta: { ...scenario.meta, language } };
      const { page, errors } = await openBootPage(browser, server, translated);
      const player = page.locator(".fl-player");
      await player.waitFor();
      expect(await player.getAttribute("lang")).toBe(language);
      expect(await page.locator(".fl-log").getAttribute("aria-label")).toBe(conversation);
      // A scene, then the decision: its heading for screen readers is the player's own word.
      await page.getByRole("button", { name: next }).click();
      await page.getByRole("heading", { name: reply }).waitFor();
      // English stays out of the player's own words.
      expect(await page.getByText("Your reply", { exact: true }).count()).toBe(0);
      expect(await page.getByRole("button", { name: "Continue" }).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
