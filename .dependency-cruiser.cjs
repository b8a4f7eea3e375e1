/**
 * Import boundaries between the parts (see README, "Architecture"). Each part is
 * reached only through its entry file; core stays free of React, the DOM and Node.
 */
const parts = ["core", "player", "studio", "server", "exporters", "cli"];
const notEntry = (part) => `^${part}/(?!index\\.ts$)`;

module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    {
      name: "core-is-pure",
      comment: "core imports only zod and yjs: no React, no DOM libraries, no Node built-ins.",
      severity: "error",
      from: { path: "^core/", pathNot: "\\.test\\.ts$" },
      to: { pathNot: ["^core/", "^node_modules/(zod|yjs|lib0|y-utility)/"] },
    },
    {
      name: "player-has-no-react-or-node",
      severity: "error",
      from: { path: "^player/", pathNot: "\\.test\\.ts$" },
      to: {
        path: ["^node_modules/(react|react-dom)/", "^(studio|server|exporters)/"],
        dependencyTypes: ["npm", "local", "core"],
      },
    },
    {
      name: "player-no-node-builtins",
      severity: "error",
      from: { path: "^player/", pathNot: "\\.test\\.ts$" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "studio-never-imports-server",
      severity: "error",
      from: { path: "^studio/" },
      to: { path: "^server/" },
    },
    {
      name: "server-never-imports-studio",
      severity: "error",
      from: { path: "^server/" },
      to: { path: "^studio/" },
    },
    {
      name: "exporters-only-core-and-player",
      severity: "error",
      from: { path: "^exporters/", pathNot: "\\.test\\.ts$" },
      to: { path: "^(studio|server)/" },
    },
    ...parts.map((part) => ({
      name: `only-through-${part}-entry`,
      comment: `other parts import ${part} through ${part}/index.ts only`,
      severity: "error",
      from: {
        path: "^(core|player|studio|server|exporters|cli|bin|scripts|bench)/",
        pathNot: `^${part}/`,
      },
      to: { path: notEntry(part) },
    })),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["node_modules", "dist", "data"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
