// One document through processOne: read through one descriptor, the record file written where
// the task says (so the main thread never handles it), and every failure handed back as a value.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processOne, renderRecord, type Task } from '../../src/cli/process-one.ts';
import type { AccordRecord } from '../../src/schema/record.ts';
import { tempFolders } from '../helpers/tmp.ts';

const EN = 'Canberra, 4 March 2025. Australia and Japan signed a memorandum of understanding on critical minerals. The parties will share geological data on lithium and cobalt.';
const ES = 'Santiago, 4 de marzo de 2025. Chile y Corea firmaron un memorando de entendimiento sobre minerales críticos. Las partes compartirán datos geológicos sobre litio y cobre.';

describe('processOne', () => {
  const tmp = tempFolders('one');
  const taskFor = (abs: string, recordFile: string | null, maxBytes = 100_000): Task => ({
    id: path.basename(abs, '.txt'),
    display: path.basename(abs),
    abs,
    maxBytes,
    csvSafe: true,
    previousSha256: null,
    previousRecordPath: null,
    recordFile,
  });

  it.each([['en', EN], ['es', ES]])('writes the %s record file itself, making its folder, and hands back the other lines', async (lang, text) => {
    const dir = tmp();
    const abs = path.join(dir, `${lang}-doc.txt`);
    writeFileSync(abs, text);
    const recordFile = path.join(dir, 'staging/records', `${lang}-doc.json`);
    const r = await processOne(taskFor(abs, recordFile));
    expect(r.failure).toBeNull();
    expect(r.writeError).toBeUndefined();
    expect(r.output!.json).toBeNull();
    expect(r.stat!.size).toBe(Buffer.byteLength(text));
    const record = JSON.parse(r.output!.jsonl) as AccordRecord;
    expect(record.language.code).toBe(lang);
    expect(readFileSync(recordFile, 'utf8')).toBe(renderRecord(record, true).json);
  });

  it('hands the record JSON back when the task names no record file', async () => {
    const dir = tmp();
    const abs = path.join(dir, 'doc.txt');
    writeFileSync(abs, EN);
    const r = await processOne(taskFor(abs, null));
    expect(JSON.parse(r.output!.json!)).toEqual(JSON.parse(r.output!.jsonl));
  });

  it('returns a write error naming the document instead of throwing', async () => {
    const dir = tmp();
    const abs = path.join(dir, 'doc.txt');
    writeFileSync(abs, ES);
    writeFileSync(path.join(dir, 'records'), 'a file where the folder should be');
    const r = await processOne(taskFor(abs, path.join(dir, 'records/doc.json')));
    expect(r.writeError).toMatch(/^doc\.txt: cannot write its record .*records\/doc\.json: ENOTDIR$/);
  });

  it('fails a file over the size limit without reading it, and a missing file with its code', async () => {
    const dir = tmp();
    const abs = path.join(dir, 'big.txt');
    writeFileSync(abs, 'x'.repeat(500));
    const big = await processOne(taskFor(abs, null, 100));
    expect(big.failure).toBe('file is 500 bytes, over the limit of 100 (--max-bytes)');
    expect(big.manifest.bytes).toBe(500);
    const missing = await processOne(taskFor(path.join(dir, 'gone.txt'), null));
    expect(missing.failure).toBe('cannot read file: ENOENT');
  });

  it('reads a named pipe to its end (stat says 0 bytes)', async () => {
    const dir = tmp();
    const fifo = path.join(dir, 'pipe.txt');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo on this system
    }
    // The writer has the text already: this thread blocks in the read until the pipe's end.
    spawn('sh', ['-c', 'printf %s "$2" > "$1"', 'sh', fifo, EN], { stdio: 'ignore' });
    const r = await processOne(taskFor(fifo, null));
    expect(r.failure).toBeNull();
    expect(r.manifest.bytes).toBe(Buffer.byteLength(EN));
    expect((JSON.parse(r.output!.jsonl) as AccordRecord).language.code).toBe('en');
  });
});
