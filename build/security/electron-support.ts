/** Electron supports its three newest stable major versions with security fixes. */
export const SUPPORTED_MAJOR_COUNT = 3;

/** The newest stable majors among published versions (prereleases such as 46.0.0-beta.1 excluded). */
export function supportedMajors(versions: readonly string[]): number[] {
  const stable = versions.filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  const majors = [...new Set(stable.map((v) => Number.parseInt(v, 10)))].sort((a, b) => b - a);
  return majors.slice(0, SUPPORTED_MAJOR_COUNT);
}
