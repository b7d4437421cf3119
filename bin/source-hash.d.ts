/** sha256 over the sorted relative paths and bytes of the files under `dir`. */
export function sourceHash(dir: string): string;
