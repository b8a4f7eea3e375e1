import { build, defineConfig, type InlineConfig, type Plugin, type UserConfig } from "vite";
import pkg from "../package.json" with { type: "json" };
import { markPureInitializers } from "./build/mark-pure-initializers";
import { TRACKER_KINDS } from "./tracker-kinds";

/**
 * Builds the learner runtime: one self-contained IIFE per tracker,
 * `dist/player/forkline-player-<tracker>.js`, plus `forkline-player.css`, then
 * `dist/player/.built` last (scripts/build.mjs checks it). A tracker is built
 * when `player/trackers/<kind>.ts` exists; see player/index.ts for the boot
 * protocol the bundles follow.
 *
 * IIFE output cannot be split, so each tracker is its own build: the first
 * (the `none` tracker, which always exists) is this config; it starts the
 * others when it closes, and a last build writes only the marker file.
 */

const repo = new URL("..", import.meta.url).pathname;
const outDir = `${repo}dist/player`;
const ENTRY = "\0forkline-player-entry";

/** Module sizes by part, for bench/player-size.bench.ts. */
function partsReport(kind: string): Plugin {
  return {
    name: "forkline:parts-report",
    generateBundle(_options, bundle) {
      const parts: Record<string, number> = {};
      for (const file of Object.values(bundle)) {
        if (file.type !== "chunk") continue;
        for (const [id, info] of Object.entries(file.modules)) {
          const path = id.startsWith(repo) ? id.slice(repo.length) : id;
          const part = path.startsWith("node_modules/")
            ? path.split("/").slice(0, 2).join("/")
            : path.split("/").slice(0, 2).join("/").replace(/\.ts$/, "");
          parts[part] = (parts[part] ?? 0) + info.renderedLength;
        }
      }
      this.emitFile({
        type: "asset",
        fileName: `.parts-${kind}.json`,
        source: `${JSON.stringify(parts, null, 2)}\n`,
      });
    },
  };
}

function entry(kind: string, withCss: boolean): Plugin {
  return {
    name: "forkline:player-entry",
    resolveId: (id) => (id === ENTRY || id.endsWith("/forkline-player-entry") ? ENTRY : null),
    load(id) {
      if (id !== ENTRY) return null;
      return [
        `import { boot } from "${repo}player/boot.ts";`,
        `import { createTracker } from "${repo}player/trackers/${kind}.ts";`,
        withCss ? `import "${repo}player/styles/player.css";` : "",
        "boot(createTracker);",
      ].join("\n");
    },
  };
}

function bundleConfig(kind: string, first: boolean): UserConfig {
  return {
    root: repo,
    logLevel: "warn",
    publicDir: false,
    define: { __FORKLINE_VERSION__: JSON.stringify(pkg.version) },
    plugins: [entry(kind, first), markPureInitializers(`${repo}core/`), partsReport(kind)],
    build: {
      outDir,
      // Never emptied: other processes may be reading the bundles while a build runs.
      emptyOutDir: false,
      sourcemap: false,
      minify: true,
      reportCompressedSize: false,
      lib: {
        entry: "forkline-player-entry",
        formats: ["iife"],
        name: "ForklinePlayer",
        fileName: () => `forkline-player-${kind}.js`,
        cssFileName: "forkline-player",
      },
    },
  };
}

/** The last build: emits `.built` and nothing else, after every bundle is on disk. */
function markerConfig(built: readonly string[]): InlineConfig {
  return {
    configFile: false,
    root: repo,
    logLevel: "warn",
    publicDir: false,
    plugins: [
      {
        name: "forkline:built-marker",
        resolveId: (id) => (id.endsWith("forkline-player-entry") ? ENTRY : null),
        load: (id) => (id === ENTRY ? "export {};" : null),
        generateBundle(_options, bundle) {
          for (const name of Object.keys(bundle)) delete bundle[name];
          this.emitFile({
            type: "asset",
            fileName: ".built",
            source: `${JSON.stringify({ trackers: built, css: "forkline-player.css" })}\n`,
          });
        },
      },
    ],
    build: {
      outDir,
      emptyOutDir: false,
      reportCompressedSize: false,
      lib: {
        entry: "forkline-player-entry",
        formats: ["iife"],
        name: "ForklineBuilt",
        fileName: () => "marker.js",
      },
    },
  };
}

function otherTrackers(): Plugin {
  const present: string[] = [];
  return {
    name: "forkline:other-trackers",
    async buildStart() {
      present.length = 0;
      for (const kind of TRACKER_KINDS) {
        const found = await this.resolve(`${repo}player/trackers/${kind}.ts`);
        if (found) present.push(kind);
      }
    },
    async closeBundle(error) {
      if (error) return;
      for (const kind of present) {
        if (kind === "none") continue;
        await build({ configFile: false, ...bundleConfig(kind, false) });
      }
      await build(markerConfig(present));
    },
  };
}

const main = bundleConfig("none", true);
export default defineConfig({ ...main, plugins: [...(main.plugins ?? []), otherTrackers()] });
