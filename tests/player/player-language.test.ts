import { describe, expect, it } from "vitest";
import { aConnectedScenario } from "../factories/scenario";
import { playerHarness } from "./support/player-harness";
import { openBootPage } from "./support/player-page";

const harness = playerHarness();

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
      const { page, errors } = await openBootPage(harness.browser, harness.server, translated);
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
