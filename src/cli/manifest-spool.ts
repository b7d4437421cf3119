// manifest.json for a streaming run, with nothing per document kept in memory: each entry goes to
// a spool file as it arrives, the counts by status are kept, and at the end the head (which holds
// the counts), the spooled entries and the tail are written out. Same bytes as manifestChunks.
import { createReadStream, promises as fs } from 'node:fs';
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
