/** Matching Electronegativity findings against the reviewed baseline. */

export interface Finding {
  id: string;
  file: string;
  line: number;
  description: string;
  severity: string;
}

/** A reviewed finding: matched by check id and file (not line, which moves with every edit). */
export interface BaselineEntry {
  id: string;
  file: string;
  reason: string;
}

export function newFindings(
  findings: readonly Finding[],
  baseline: readonly BaselineEntry[],
): Finding[] {
  return findings.filter((f) => !baseline.some((b) => b.id === f.id && b.file === f.file));
}

/** Reviewed entries that no longer match anything: the baseline should shrink with the code. */
export function staleEntries(
  findings: readonly Finding[],
  baseline: readonly BaselineEntry[],
): BaselineEntry[] {
  return baseline.filter((b) => !findings.some((f) => f.id === b.id && f.file === b.file));
}
