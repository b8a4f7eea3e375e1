import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type HtmlTagDescriptor, type Plugin } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
/** In development the API and collaboration endpoint live on a separately started server. */
const apiTarget = process.env.FORKLINE_API ?? "http://127.0.0.1:8080";

/** Lazily loaded modules that a page opened on a scenario's URL needs at once. */
const EAGER_MODULES = ["/studio/main.tsx", "/studio/editor/editor-screen.tsx"];

/**
 * The page's entry is only the early connection; the app and the editor are
 * lazily loaded chunks. This names them (and everything they import) in
 * index.html as modulepreload links, and their stylesheets as preloads, so
 * they are fetched and compiled while the entry opens the collaboration
 * socket, instead of one after the other.
 */
function preloadApp(): Plugin {
  return {
    name: "forkline-preload-app",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === "chunk");
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        // What the entry already loads is in the page once.
        const loaded = new Set<string>();
        for (const c of chunks) {
          if (c.isEntry) for (const f of [c.fileName, ...c.imports]) loaded.add(f);
        }
        const scripts: string[] = [];
        const styles: string[] = [];
        const visit = (file: string) => {
          const chunk = byFile.get(file);
          if (!chunk || loaded.has(file)) return;
          loaded.add(file);
          scripts.push(file);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.push(css);
          for (const next of chunk.imports) visit(next);
        };
        for (const c of chunks) {
          if (EAGER_MODULES.some((m) => c.facadeModuleId?.endsWith(m))) visit(c.fileName);
        }
        return [
          ...styles.map(
            (file): HtmlTagDescriptor => ({
              tag: "link",
              attrs: { rel: "preload", as: "style", crossorigin: true, href: `/${file}` },
              injectTo: "head",
            }),
          ),
          ...scripts.map(
            (file): HtmlTagDescriptor => ({
              tag: "link",
              attrs: { rel: "modulepreload", crossorigin: true, href: `/${file}` },
              injectTo: "head",
            }),
          ),
        ];
      },
    },
  };
}

export default defineConfig(({ command }) => ({
  root,
  // The test runner sets NODE_ENV=test, which would otherwise ship React's development build.
  define: command === "build" ? { "process.env.NODE_ENV": JSON.stringify("production") } : {},
  base: "/",
  plugins: [react(), preloadApp()],
  build: {
    outDir: fileURLToPath(new URL("../dist/studio", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: "es" },
  server: {
    proxy: {
      "/api": apiTarget,
      "/collab": { target: apiTarget.replace(/^http/, "ws"), ws: true },
    },
  },
}));
