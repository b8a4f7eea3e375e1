import type { LogLevel } from "../config/server-config";

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

function format(fields: Record<string, unknown> | undefined): string {
  if (!fields) return "";
  const parts = Object.entries(fields).map(([k, v]) => {
    const value = v instanceof Error ? v.message : typeof v === "string" ? v : JSON.stringify(v);
    return `${k}=${value}`;
  });
  return parts.length ? ` ${parts.join(" ")}` : "";
}

/** Plain one-line logs: readable in a terminal, greppable in a container log. */
export function createLogger(level: LogLevel): Logger {
  const at = RANK[level];
  const write = (
    lvl: Exclude<LogLevel, "silent">,
    message: string,
    fields?: Record<string, unknown>,
  ) => {
    if (RANK[lvl] < at) return;
    const line = `${lvl.padEnd(5)} ${message}${format(fields)}`;
    if (lvl === "error" || lvl === "warn") console.error(line);
    else console.log(line);
  };
  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
  };
}
