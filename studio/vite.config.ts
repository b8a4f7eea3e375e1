import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type HtmlTagDescriptor, type Plugin } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
/** In development the API and collaboration endpoint live on a separately started server. */
const apiTarget = process.env.FORKLINE_API ?? "http://127.0.0.1:8080";

/**
 * The editor is a lazily loaded chunk; this names it (and what it imports) in
 * index.html as modulepreload links, so a page opened on a scenario's URL
 * fetches and compiles the editor in parallel with the app instead of after it.
 */
function preloadEditor(): Plugin {
  return {
    name: "forkline-preload-editor",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {});
        const editor = chunks.find(
          (c) => c.type === "chunk" && c.facadeModuleId?.endsWith("/editor/editor-screen.tsx"),
        );
        if (editor?.type !== "chunk") return [];
        // What the entry already loads is in the page once.
        const loaded = new Set<string>();
        for (const c of chunks) {
          if (c.type === "chunk" && c.isEntry)
            for (const f of [c.fileName, ...c.imports]) loaded.add(f);
        }
        const files = [editor.fileName, ...editor.imports].filter((f) => !loaded.has(f));
        return files.map(
          (file): HtmlTagDescriptor => ({
            tag: "link",
            attrs: { rel: "modulepreload", crossorigin: true, href: `/${file}` },
            injectTo: "head",
          }),
        );
      },
    },
  };
}

export default defineConfig(({ command }) => ({
  root,
  // The test runner sets NODE_ENV=test, which would otherwise ship React's development build.
  define: command === "build" ? { "process.env.NODE_ENV": JSON.stringify("production") } : {},
  base: "/",
  plugins: [react(), preloadEditor()],
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
