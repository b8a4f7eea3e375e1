import type { Scenario } from "../core";
import {
  type BootConfig,
  CONFIG_ELEMENT_ID,
  ROOT_ELEMENT_ID,
  SCENARIO_ELEMENT_ID,
} from "./boot-protocol";

export interface BootPageInput {
  scenario: Scenario;
  /** The player bundle for one tracker: its code inlined, or a path to it in the package. */
  js: string | { src: string };
  /** The player stylesheet: inlined, or a path to it. */
  css: string | { href: string };
  config?: BootConfig;
  /** Defaults to the scenario's title. */
  title?: string;
  /** A Content-Security-Policy for the page, written as its first `<meta>` so it governs everything after. */
  contentSecurityPolicy?: string;
}

/**
 * JSON safe inside a `<script>` element and inside JavaScript source: `<`, `>`
 * and `&` become escapes so no `</script>` or `<!--` can end or bend the
 * element, and U+2028/U+2029 are escaped for older JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value) ?? "null";
  return json.replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Inline code may not contain what would end its element early. `\x3C/script`
 * means the same inside strings, template literals and regular expressions.
 */
function inlineScript(code: string): string {
  return code.replace(/<(\/?script|!--)/gi, (_m, rest: string) => `\\x3C${rest}`);
}

function inlineStyle(css: string): string {
  return css.replace(/<\/style/gi, "<\\/style");
}

/**
 * The complete HTML page an export ships: the stylesheet, the `#forkline-player`
 * mount point, the scenario and config as inert JSON, then the player bundle,
 * which boots itself (see player/index.ts). Pure and deterministic: the same
 * input gives the same bytes.
 */
export function buildBootPage(input: BootPageInput): string {
  const { scenario } = input;
  const title = escapeHtml(input.title ?? scenario.meta.title);
  const lang = escapeHtml(scenario.meta.language);
  const style =
    typeof input.css === "string"
      ? `<style>${inlineStyle(input.css)}</style>`
      : `<link rel="stylesheet" href="${escapeHtml(input.css.href)}">`;
  const script =
    typeof input.js === "string"
      ? `<script>${inlineScript(input.js)}</script>`
      : `<script src="${escapeHtml(input.js.src)}"></script>`;
  const policy = input.contentSecurityPolicy
    ? [
        `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(input.contentSecurityPolicy)}">`,
      ]
    : [];
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    ...policy,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    style,
    "</head>",
    "<body>",
    `<main id="${ROOT_ELEMENT_ID}"><noscript>This module needs JavaScript.</noscript></main>`,
    `<script type="application/json" id="${SCENARIO_ELEMENT_ID}">${jsonForScript(scenario)}</script>`,
    `<script type="application/json" id="${CONFIG_ELEMENT_ID}">${jsonForScript(input.config ?? {})}</script>`,
    script,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
