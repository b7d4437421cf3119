// manifest.json for a streaming run, with nothing per document kept in memory: each entry goes to
// a spool file as it arrives, the counts by status are kept, and at the end the head (which holds
// the counts), the spooled entries and the tail are written out. Same bytes as manifestChunks.
// readManifest reads it back a document at a time.
import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import { compareStrings } from '../core/text.ts';
import { manifestEntryChunk, manifestHead, manifestTail, type Manifest, type ManifestEntry } from '../output/serialize.ts';
import { LineStream } from './staging.ts';

export class ManifestSpool {
  private readonly spool: LineStream;
  private readonly counts: Record<string, number> = {};
  private written = 0;
  private lastId: string | null = null;
  private early: ManifestEntry[];

  /**
   * `file`: where entries wait (deleted by finish). `early`: entries known before the run (the
   * duplicates' failures), merged in by id; every other entry must be added in id order.
   */
  constructor(
    private readonly file: string,
    early: readonly ManifestEntry[],
  ) {
    this.spool = new LineStream(file);
    // A stable sort: for one id, entries keep the order they came in, the early ones first.
    this.early = [...early].sort((a, b) => compareStrings(a.id, b.id));
  }

  async add(entry: ManifestEntry): Promise<void> {
    if (this.lastId !== null && compareStrings(entry.id, this.lastId) <= 0) {
      throw new Error(`manifest entries out of order: "${entry.id}" after "${this.lastId}"`);
    }
    this.lastId = entry.id;
    while (this.early.length > 0 && compareStrings(this.early[0]!.id, entry.id) <= 0) await this.write(this.early.shift()!);
    await this.write(entry);
  }

  private async write(entry: ManifestEntry): Promise<void> {
    this.counts[entry.status] = (this.counts[entry.status] ?? 0) + 1;
    await this.spool.write(manifestEntryChunk(entry, this.written === 0));
    this.written++;
  }

  /** Writes the whole manifest to `out` and removes the spool file. */
  async finish(out: LineStream, fields: Omit<Manifest, 'documents' | 'counts'>): Promise<void> {
    for (const e of this.early.splice(0)) await this.write(e);
    await this.spool.close();
    await out.write(manifestHead(fields, this.counts, this.written));
    await out.copyFrom(createReadStream(this.file));
    await out.write(manifestTail(this.written));
    await fs.rm(this.file, { force: true });
  }

  /** Closes and removes the spool file (a run that failed). */
  async discard(): Promise<void> {
    await this.spool.close().catch(() => {});
    await fs.rm(this.file, { force: true });
  }
}

export type ManifestFields = Omit<Manifest, 'documents'>;

/** Receives a manifest's entries; `reset` forgets those received when the reading starts over. */
export interface ManifestSink {
  entry(e: ManifestEntry): void;
  reset(): void;
}

/**
 * Reads a manifest.json, handing each document's entry to the sink, and returns its other fields;
 * null when the file is missing or is not a manifest. A manifest laid out as this program writes it
 * (one entry per `    {` … `    }` block) is read a line at a time, so a 100,000-document manifest
 * is never one text or one object graph in memory; any other layout is parsed whole (the sink is
 * reset first).
 */
export async function readManifest(file: string, sink: ManifestSink): Promise<ManifestFields | null> {
  const streamed = await readManifestLines(file, sink).catch(() => 'unreadable' as const);
  if (streamed === 'unreadable') return null;
  if (streamed !== 'other layout') return streamed;
  sink.reset();
  try {
    const m = JSON.parse(await fs.readFile(file, 'utf8')) as Manifest;
    if (typeof m !== 'object' || m === null || !Array.isArray(m.documents)) return null;
    const { documents, ...fields } = m;
    for (const d of documents) sink.entry(d);
    return fields;
  } catch {
    return null;
  }
}

async function readManifestLines(file: string, sink: ManifestSink): Promise<ManifestFields | 'other layout'> {
  let head = '';
  let fields: ManifestFields | null = null;
  let block: string[] | null = null;
  let closed = false;
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (fields === null) {
        if (line === '  "documents": [' || line === '  "documents": []') {
          const { documents: _none, ...rest } = JSON.parse(`${head}  "documents": []\n}`) as Manifest;
          fields = rest;
          closed = line.endsWith(']');
        } else head += `${line}\n`;
      } else if (block !== null) {
        if (line === '    }' || line === '    },') {
          block.push('}');
          sink.entry(JSON.parse(block.join('\n')) as ManifestEntry);
          block = null;
        } else block.push(line);
      } else if (line === '    {' && !closed) block = ['{'];
      else if (line === '  ]' && !closed) closed = true;
      else if (!(closed && (line === '}' || line === ''))) return 'other layout';
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw e;
    return 'other layout';
  } finally {
    lines.close();
  }
  if (fields === null || !closed || block !== null) return 'other layout';
  return fields;
}
