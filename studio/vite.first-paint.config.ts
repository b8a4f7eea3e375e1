import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build, defineConfig, type Plugin } from "vite";

const QUERY = "?inline-script";

/**
 * `import code from "./x.ts?inline-script"` gives x.ts and what it imports,
 * built as one minified classic script: the server writes it into the page
 * right after the markup it drew, where it runs before the first paint.
 */
function inlineScript(): Plugin {
  return {
    name: "forkline-inline-script",
    async load(id) {
      if (!id.endsWith(QUERY)) return null;
      const entry = id.slice(0, -QUERY.length);
      const result = await build({
        configFile: false,
        logLevel: "warn",
        build: {
          write: false,
          target: "es2022",
          lib: { entry, formats: ["iife"], name: "forklineFirstPaint" },
        },
      });
      const outputs = Array.isArray(result) ? result : [result];
      const chunk = outputs
        .flatMap((o) => ("output" in o ? o.output : []))
        .find((c) => c.type === "chunk");
      if (chunk?.type !== "chunk") throw new Error(`no script was built from ${entry}`);
      return `export default ${JSON.stringify(chunk.code.replaceAll("</script", "<\\/script"))};`;
    },
  };
}

/**
 * The server-side part of the studio: the first paint's renderer, with React,
 * React Flow and the node components bundled in, as a worker thread's script
 * for Node.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  plugins: [react(), inlineScript()],
  ssr: { noExternal: true },
  build: {
    ssr: fileURLToPath(new URL("first-paint/first-paint-worker.ts", import.meta.url)),
    outDir: fileURLToPath(new URL("../dist/first-paint", import.meta.url)),
    emptyOutDir: true,
    target: "node20",
    // Parsed by every server at start: smaller is sooner ready.
    minify: true,
    rollupOptions: {
      // One Yjs in the server process: its types are told apart by constructor.
      external: ["yjs"],
      output: { entryFileNames: "first-paint-worker.mjs" },
    },
  },
});
