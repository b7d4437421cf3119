// A local cache of each input's size, modification time and sha256, so that an unchanged re-run
// need not read and hash every document again. It lives outside the output folder (output/ is
// committed and must be the same on every machine) under node_modules/.cache, and it is only a
// shortcut: a miss means reading the file, and --full ignores everything remembered.
import { promises as fs, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { LineStream } from './staging.ts';

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

/**
 * The cache file holds one JSON array per line, `[path, size, mtimeMs, ino, sha256]`. What a run
 * learns is appended to a new file as it goes (nothing grows in memory with the corpus), and the
 * new file replaces the old one on save().
 */
export class StatCache {
  private readonly file: string;
  /** The previous run's entries, read on first use (a --full run never reads them). */
  private entries: Promise<Map<string, Entry>> | null = null;
  private readonly next: string;
  private out: LineStream | null = null;
  /** Set when the new cache file cannot be written: the run goes on without it. */
  private broken = false;

  private constructor(file: string) {
    this.file = file;
    this.next = `${file}.${process.pid}.tmp`;
  }

  static async open(out: string, cwd = process.cwd()): Promise<StatCache> {
    const key = createHash('sha1').update(path.resolve(out)).digest('hex').slice(0, 16);
    return new StatCache(path.join(cwd, 'node_modules', '.cache', 'mineral-accords', `${key}.jsonl`));
  }

  private previous(): Promise<Map<string, Entry>> {
    this.entries ??= this.load();
    return this.entries;
  }

  private async load(): Promise<Map<string, Entry>> {
    const entries = new Map<string, Entry>();
    const lines = createInterface({ input: createReadStream(this.file, { encoding: 'utf8' }), crlfDelay: Infinity });
    try {
      for await (const line of lines) {
        try {
          const [abs, size, mtimeMs, ino, sha256] = JSON.parse(line) as [string, number, number, number, string];
          if (typeof abs === 'string' && typeof sha256 === 'string') entries.set(abs, { size, mtimeMs, ino, sha256 });
        } catch {
          // An unreadable line (a cache cut short) is a miss, nothing more.
        }
      }
    } catch {
      // No cache yet: start empty.
    } finally {
      lines.close();
    }
    return entries;
  }

  /** The sha256 of a file: remembered when size, mtime and inode are unchanged, else read and hashed. */
  async sha256(abs: string): Promise<string | null> {
    try {
      const st = await fs.stat(abs);
      const hit = (await this.previous()).get(abs);
      if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs && hit.ino === st.ino) {
        await this.remember(abs, hit, hit.sha256);
        return hit.sha256;
      }
      const sha256 = createHash('sha256').update(await fs.readFile(abs)).digest('hex');
      await this.remember(abs, { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino }, sha256);
      return sha256;
    } catch {
      return null;
    }
  }

  /** Records what a run learned of a file (its stat and sha256), so the next run need not read it. */
  async remember(abs: string, stat: FileStat, sha256: string): Promise<void> {
    if (this.broken) return;
    try {
      this.out ??= new LineStream(this.next);
      await this.out.write(`${JSON.stringify([abs, stat.size, stat.mtimeMs, stat.ino, sha256])}\n`);
    } catch {
      this.broken = true; // a cache that cannot be written only costs time on the next run
    }
  }

  /** Replaces the cache file with what this run remembered. */
  async save(): Promise<void> {
    const out = this.out;
    this.out = null;
    try {
      if (out === null) {
        await fs.mkdir(path.dirname(this.file), { recursive: true });
        await fs.writeFile(this.file, '');
        return;
      }
      await out.close();
      if (this.broken) throw new Error('cache not written');
      await fs.rename(this.next, this.file);
    } catch {
      await fs.rm(this.next, { force: true }).catch(() => {});
    }
  }
}

/** Runs `fn` over items with at most `limit` at a time, results in item order. */
export async function mapLimit<T, R>(items: ArrayLike<T>, limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
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
