// One document through processOne: read through one descriptor, the record file written where
// the task says (so the main thread never handles it) or linked to the previous run's identical
// one, and every failure handed back as a value.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

  /** A first run's record of `text` in dir/out, then the task of a second run staging in dir/staging. */
  const rerun = async (dir: string, name: string, text: string): Promise<{ previous: string; task: Task }> => {
    const abs = path.join(dir, `${name}.txt`);
    writeFileSync(abs, text);
    const previous = path.join(dir, 'out/records', `${name}.json`);
    const first = await processOne(taskFor(abs, previous));
    expect(first.failure).toBeNull();
    return { previous, task: { ...taskFor(abs, path.join(dir, 'staging/records', `${name}.json`)), previousSha256: first.manifest.sha256, previousRecordPath: previous } };
  };

  it.each([['en', EN], ['es', ES]])('links the previous %s record file of an unchanged document instead of writing it again', async (lang, text) => {
    const dir = tmp();
    const { previous, task } = await rerun(dir, `${lang}-doc`, text);
    const before = readFileSync(previous, 'utf8');
    const r = await processOne(task);
    expect(r.unchanged).toBe(true);
    expect(r.output!.json).toBeNull();
    expect(statSync(task.recordFile!).ino).toBe(statSync(previous).ino);
    expect(statSync(previous).nlink).toBe(2);
    expect(readFileSync(task.recordFile!, 'utf8')).toBe(before);
    expect(JSON.parse(r.output!.jsonl)).toEqual(JSON.parse(before));
  });

  it('writes the record afresh when the previous file differs from what this run writes (edited by hand)', async () => {
    const dir = tmp();
    const { previous, task } = await rerun(dir, 'doc', ES);
    const canonical = readFileSync(previous, 'utf8');
    const edited = `${JSON.stringify(JSON.parse(canonical))}\n`;
    writeFileSync(previous, edited);
    const r = await processOne(task);
    expect(r.unchanged).toBe(true);
    expect(statSync(task.recordFile!).ino).not.toBe(statSync(previous).ino);
    expect(readFileSync(task.recordFile!, 'utf8')).toBe(canonical);
    expect(readFileSync(previous, 'utf8')).toBe(edited);
  });

  it('writes the record when the link is refused (a file already there)', async () => {
    const dir = tmp();
    const { previous, task } = await rerun(dir, 'doc', EN);
    mkdirSync(path.dirname(task.recordFile!), { recursive: true });
    writeFileSync(task.recordFile!, 'left over');
    const r = await processOne(task);
    expect(r.writeError).toBeUndefined();
    expect(readFileSync(task.recordFile!, 'utf8')).toBe(readFileSync(previous, 'utf8'));
    expect(statSync(previous).nlink).toBe(1);
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
