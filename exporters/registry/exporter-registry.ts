import type { Exporter } from "../contract";

/** The exporters a running Forkline offers, in the order the configuration lists them. */
export interface ExporterRegistry {
  list(): readonly Exporter[];
  ids(): readonly string[];
  get(id: string): Exporter | undefined;
}

export class UnknownFormatError extends Error {
  constructor(
    readonly format: string,
    readonly available: readonly string[],
  ) {
    super(`unknown export format "${format}"; available: ${available.join(", ")}`);
    this.name = "UnknownFormatError";
  }
}

export function createExporterRegistry(exporters: readonly Exporter[]): ExporterRegistry {
  const byId = new Map<string, Exporter>();
  for (const exporter of exporters) {
    if (byId.has(exporter.id)) throw new Error(`two exporters use the id "${exporter.id}"`);
    byId.set(exporter.id, exporter);
  }
  const list = [...byId.values()];
  return {
    list: () => list,
    ids: () => list.map((e) => e.id),
    get: (id) => byId.get(id),
  };
}

/** The exporter for `format`, or an error that lists what is available. */
export function requireExporter(registry: ExporterRegistry, format: string): Exporter {
  const exporter = registry.get(format);
  if (!exporter) throw new UnknownFormatError(format, registry.ids());
  return exporter;
}
