/** One rule a package breaks. `code` is stable, so tests and tools can match on it. */
export interface ConformanceFinding {
  code: string;
  severity: "error" | "warning";
  message: string;
}

export function hasErrors(findings: readonly ConformanceFinding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
