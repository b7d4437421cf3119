// The output folder is rebuilt in a sibling staging folder and swapped in by two renames, so a
// run killed at any moment (SIGINT, SIGKILL, power loss) leaves the previous output as it was,
// and new output appears whole or not at all. A folder moved aside by a run killed between the
// two renames is put back by the next run.
import { promises as fs, createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';

export class StagedOutput {
  readonly dir: string;
  private readonly target: string;
  private readonly old: string;

  private constructor(target: string) {
    this.target = target;
    const parent = path.dirname(target);
    const base = path.basename(target);
    this.dir = path.join(parent, `.${base}.staging-${process.pid}`);
    this.old = path.join(parent, `.${base}.old-${process.pid}`);
  }

  static async open(out: string): Promise<StagedOutput> {
    const target = path.resolve(out);
    await recoverAndClean(target);
    const s = new StagedOutput(target);
    await fs.mkdir(s.dir, { recursive: true });
    return s;
  }

  private readonly madeDirs = new Set<string>();
  async writeFile(rel: string, content: string): Promise<void> {
    const file = path.join(this.dir, rel);
    const dir = path.dirname(file);
    if (!this.madeDirs.has(dir)) {
      await fs.mkdir(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    await fs.writeFile(file, content);
  }

  stream(rel: string): LineStream {
    return new LineStream(path.join(this.dir, rel));
  }

  /** Swaps the staging folder in (every file written and stream closed before). */
  async commit(): Promise<void> {
    let hadOld = false;
    try {
      await fs.rename(this.target, this.old);
      hadOld = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    try {
      await fs.rename(this.dir, this.target);
    } catch (e) {
      if (hadOld) await fs.rename(this.old, this.target);
      throw e;
    }
    if (hadOld) await removeTree(this.old);
  }

  async abandon(): Promise<void> {
    await removeTree(this.dir);
  }
}

/**
 * Appends text to a file with back-pressure; memory holds only what the disk has not taken yet.
 * Small writes are gathered into chunks of CHUNK characters: one write call per chunk, not per line.
 */
export class LineStream {
  private readonly ws: WriteStream;
  private pending = '';
  /** The first error of the file: thrown by the next write or close, never left unhandled. */
  private error: Error | null = null;

  constructor(file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.ws = createWriteStream(file, { flags: 'w' });
    this.ws.on('error', e => {
      this.error ??= e;
    });
  }

  async write(text: string): Promise<void> {
    if (this.error) throw this.error;
    if (!text) return;
    this.pending += text;
    if (this.pending.length >= CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.error) throw this.error;
    if (this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    if (!this.ws.write(chunk)) await once(this.ws, 'drain');
  }

  /** Appends everything a readable stream gives (bytes are copied as they are). */
  async copyFrom(source: NodeJS.ReadableStream): Promise<void> {
    await this.flush();
    for await (const chunk of source) {
      if (!this.ws.write(chunk)) await once(this.ws, 'drain');
    }
  }

  async close(): Promise<void> {
    await this.flush();
    this.ws.end();
    await once(this.ws, 'close');
    if (this.error) throw this.error;
  }
}

/** Characters gathered before a LineStream writes. */
const CHUNK = 1 << 16;

/** Entries being removed at once by removeTree. */
const REMOVE_BATCH = 64;

/**
 * Removes a file or a folder with everything in it (links are removed, not followed; a missing
 * path is no error). The folder is read as a stream, with at most REMOVE_BATCH removals at once:
 * fs.rm on the records/ folder of a 100,000-document output held ~100 MB of heap at once (and
 * the run's peak memory came from there).
 */
export async function removeTree(target: string): Promise<void> {
  let st;
  try {
    st = await fs.lstat(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  if (!st.isDirectory()) {
    await fs.rm(target, { force: true });
    return;
  }
  await emptyFolder(target);
  await fs.rmdir(target);
}

async function emptyFolder(dir: string): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  for await (const entry of await fs.opendir(dir)) {
    const p = path.join(dir, entry.name);
    const job: Promise<void> = (entry.isDirectory() ? emptyFolder(p).then(() => fs.rmdir(p)) : fs.unlink(p)).then(
      () => void inFlight.delete(job),
      (e: unknown) => {
        inFlight.delete(job);
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') failure ??= e;
      },
    );
    inFlight.add(job);
    if (inFlight.size >= REMOVE_BATCH) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure !== null) throw failure;
}

async function recoverAndClean(target: string): Promise<void> {
  const parent = path.dirname(target);
  const base = path.basename(target);
  await fs.mkdir(parent, { recursive: true });
  const names = (await fs.readdir(parent)).sort();
  const exists = await fs.stat(target).then(() => true, () => false);
  const moved = names.find(n => n.startsWith(`.${base}.old-`));
  if (!exists && moved) await fs.rename(path.join(parent, moved), target);
  for (const name of names) {
    if (!exists && name === moved) continue;
    if (name.startsWith(`.${base}.staging-`) || name.startsWith(`.${base}.old-`)) {
      await removeTree(path.join(parent, name));
    }
  }
}
