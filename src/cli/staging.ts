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

  async writeFile(rel: string, content: string): Promise<void> {
    const file = path.join(this.dir, rel);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
  }

  stream(rel: string): LineStream {
    return new LineStream(path.join(this.dir, rel));
  }

  /** Swaps the staging folder in. */
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
    if (hadOld) await fs.rm(this.old, { recursive: true, force: true });
  }

  async abandon(): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}

/** Appends text to a file with back-pressure; memory holds only what the disk has not taken yet. */
export class LineStream {
  private readonly ws: WriteStream;

  constructor(file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.ws = createWriteStream(file, { flags: 'w' });
  }

  async write(text: string): Promise<void> {
    if (!text) return;
    if (!this.ws.write(text)) await once(this.ws, 'drain');
  }

  /** Appends everything a readable stream gives (bytes are copied as they are). */
  async copyFrom(source: NodeJS.ReadableStream): Promise<void> {
    for await (const chunk of source) {
      if (!this.ws.write(chunk)) await once(this.ws, 'drain');
    }
  }

  async close(): Promise<void> {
    this.ws.end();
    await once(this.ws, 'finish');
  }
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
      await fs.rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}
