// A local cache of each input's size, modification time and sha256, so that an unchanged re-run
// need not read and hash every document again. It lives outside the output folder (output/ is
// committed and must be the same on every machine) under node_modules/.cache, and it is only a
// shortcut: a miss means reading the file, and --full ignores everything remembered.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

/** The parts of a file's stat that tell whether it changed. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ino: number;
}

interface Entry {
  size: number;
  mtimeMs: number;
  ino: number;
  sha256: string;
}

export class StatCache {
  private readonly file: string;
  private readonly entries: Map<string, Entry>;
  private readonly next = new Map<string, Entry>();

  private constructor(file: string, entries: Map<string, Entry>) {
    this.file = file;
    this.entries = entries;
  }

  static async open(out: string, cwd = process.cwd()): Promise<StatCache> {
    const key = createHash('sha1').update(path.resolve(out)).digest('hex').slice(0, 16);
    const file = path.join(cwd, 'node_modules', '.cache', 'mineral-accords', `${key}.json`);
    let entries = new Map<string, Entry>();
    try {
      entries = new Map(Object.entries(JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, Entry>));
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new StatCache(file, entries);
  }

  /** The sha256 of a file: remembered when size, mtime and inode are unchanged, else read and hashed. */
  async sha256(abs: string): Promise<string | null> {
    try {
      const st = await fs.stat(abs);
      const hit = this.entries.get(abs);
      if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs && hit.ino === st.ino) {
        this.next.set(abs, hit);
        return hit.sha256;
      }
      const sha256 = createHash('sha256').update(await fs.readFile(abs)).digest('hex');
      this.next.set(abs, { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, sha256 });
      return sha256;
    } catch {
      return null;
    }
  }

  /** Records what a run learned of a file (its stat and sha256), so the next run need not read it. */
  remember(abs: string, stat: FileStat, sha256: string): void {
    this.next.set(abs, { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, sha256 });
  }

  async save(): Promise<void> {
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await fs.writeFile(this.file, JSON.stringify(Object.fromEntries(this.next)));
    } catch {
      // A cache that cannot be written only costs time on the next run.
    }
  }
}

/** Runs `fn` over items with at most `limit` at a time, results in item order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
