/** Types of bin/cli-bundle.js (plain JavaScript, so that it runs before any TypeScript loader). */
export interface SourceStamp {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface CliManifest {
  schema: 1;
  entry: string;
  sources: Record<string, SourceStamp>;
}

export const ROOT: string;
export const CLI_OUT_DIR: string;
export const MANIFEST_FILE: string;
export const ENTRY_FILE: string;
export function sha256(bytes: Uint8Array | string): string;
export function freshCliBundle(outDir?: string, root?: string): string | undefined;
