export interface TreeHashOptions {
  /** Folders under the root to walk (default: the root itself). */
  folders?: readonly string[];
  /** Which files to take, by name (default: all). */
  keep?: (name: string) => boolean;
  /** Hash contents as text with line endings normalized (default: raw bytes). */
  text?: boolean;
}

/** Hex sha256 over the sorted relative paths and contents of the files under the root's folders. */
export function treeHash(root: string, options?: TreeHashOptions): string;
