// Hostile input in one batch: each document gets its own status and a clear diagnostic, and
// none of them stops the others.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = promisify(execFile);
const BIN = path.resolve('bin/accords.js');

const ES = 'El gobierno de Chile y la Unión Europea firmaron un memorando de entendimiento sobre litio y cobre. Las partes se reunirán cada seis meses.';

interface ManifestDoc {
  id: string;
  status: string;
  language: string;
  diagnostics: { code: string; message: string }[];
}

describe('hostile input', () => {
  let dir: string;
  let docs: Map<string, ManifestDoc>;
  let stderr: string;
  let code: number;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'accords-hostile-'));
    const c = (name: string, content: string | Uint8Array): void => writeFileSync(path.join(dir, 'corpus', name), content);
    mkdirSync(path.join(dir, 'corpus/loop'), { recursive: true });
    c('empty.txt', '');
    c('blank.txt', ' \n\t\n   \n');
    c('scan.txt', Buffer.concat([Buffer.from('%PDF-1.5\n'), Buffer.alloc(200, 7)]));
    c('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    c('huge.txt', 'a'.repeat(3000));
    c('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ES, 'utf16le')]));
    c('utf16-nobom.txt', Buffer.from(ES, 'utf16le'));
    c('cp1252.txt', Buffer.from(ES.replace(/[ó]/g, 'o'), 'latin1'));
    c('invalid-utf8.txt', Buffer.concat([Buffer.from(ES), Buffer.from([0xc3, 0x28, 0xff])]));
    c('page.html', `<html><head><style>body{x:1}</style><script>alert("${'x'.repeat(50)}")</script></head><body><p>${ES}</p></body></html>`);
    c('nul.txt', Buffer.concat([Buffer.from(ES), Buffer.from([0]), Buffer.from(ES)]));
    // Prose without a stop: a bare loop of four nouns reads as no language at all once sampled.
    c('oneline.txt', 'the two countries will cooperate on lithium and copper supply chains and share their geological data with each other '.repeat(9_000).slice(0, 1_000_000));
    c('french.txt', 'Le Canada et le Chili ont signé un protocole d’accord sur les minéraux critiques afin de partager des données géologiques et de financer des projets communs.');
    c('portuguese.txt', 'O Brasil e o Chile assinaram um memorando de entendimento sobre minerais críticos para compartilhar dados geológicos e financiar projetos conjuntos de mineração.');
    c('nfd.txt', ES.normalize('NFD'));
    c('nbsp.txt', ES.replace(/ /g, '\u00a0'));
    c('good.txt', ES);
    symlinkSync('..', path.join(dir, 'corpus/loop/up'));
    const r = await run('node', [BIN, 'extract', 'corpus', '--out', 'out', '--max-bytes', '2000000', '--jobs', '2'], { cwd: dir }).then(
      x => ({ code: 0, stderr: x.stderr }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    code = r.code;
    stderr = r.stderr;
    // The oversize file fails with --max-bytes below its size; run it on its own so the rest stays clean.
    const manifest = JSON.parse(readFileSync(path.join(dir, 'out/manifest.json'), 'utf8')) as { documents: ManifestDoc[] };
    docs = new Map(manifest.documents.map(d => [d.id, d]));
  }, 120_000);

  it('finishes the batch and exits 0 when nothing failed', () => {
    expect(code).toBe(0);
    expect(docs.get('good')).toMatchObject({ status: 'ok', language: 'es' });
  });

  it('records empty and blank files as empty', () => {
    expect(docs.get('empty')).toMatchObject({ status: 'empty', language: 'und' });
    expect(docs.get('blank')).toMatchObject({ status: 'empty' });
    expect(stderr).toMatch(/warning: corpus\/empty\.txt: the document has no text/);
  });

  it('records binary and NUL-byte files as unreadable, naming the reason', () => {
    expect(docs.get('scan')?.diagnostics).toEqual([{ code: 'unreadable', message: 'binary PDF file, not text' }]);
    expect(docs.get('image')?.diagnostics).toEqual([{ code: 'unreadable', message: 'binary PNG file, not text' }]);
    expect(docs.get('nul')).toMatchObject({ status: 'unreadable', diagnostics: [{ code: 'unreadable', message: 'contains NUL bytes: binary data, not text' }] });
  });

  it('decodes UTF-16, Windows-1252, invalid UTF-8 and HTML', () => {
    expect(docs.get('utf16')).toMatchObject({ status: 'ok', language: 'es' });
    expect(docs.get('utf16-nobom')).toMatchObject({ status: 'ok', language: 'es', diagnostics: [{ code: 'decoded_with_repairs', message: 'no byte-order mark, but every other byte is zero: read as UTF-16LE' }, { code: 'no_document_date' }] });
    expect(docs.get('cp1252')).toMatchObject({ status: 'ok', language: 'es' });
    expect(docs.get('invalid-utf8')).toMatchObject({ status: 'ok', language: 'es' });
    expect(docs.get('invalid-utf8')?.diagnostics.map(d => d.code)).toContain('decoded_with_repairs');
    // Its valid UTF-8 stays UTF-8 (the bad bytes are replaced), so "Unión Europea" is still read.
    const repaired = JSON.parse(readFileSync(path.join(dir, 'out/records/invalid-utf8.json'), 'utf8'));
    expect(repaired.source.encoding).toBe('utf-8');
    expect(repaired.entities.map((e: { id: string }) => e.id)).toEqual(['CL', 'EU']);
    expect(docs.get('page')).toMatchObject({ status: 'ok', language: 'es' });
    const page = JSON.parse(readFileSync(path.join(dir, 'out/records/page.json'), 'utf8'));
    expect(page.source.format).toBe('html');
  });

  it('reads decomposed accents as composed and no-break spaces as spaces', () => {
    const nfd = JSON.parse(readFileSync(path.join(dir, 'out/records/nfd.json'), 'utf8'));
    expect(nfd.entities.map((e: { id: string }) => e.id)).toEqual(['CL', 'EU']);
    // Found through the composed reading text, quoted as written.
    expect(nfd.entities.find((e: { id: string }) => e.id === 'EU').mentions[0].text).toBe('Unión Europea'.normalize('NFD'));
    const nbsp = JSON.parse(readFileSync(path.join(dir, 'out/records/nbsp.json'), 'utf8'));
    expect(nbsp.entities.map((e: { id: string }) => e.id)).toEqual(['CL', 'EU']);
    expect(nbsp.timelines.map((t: { text: string; span: { text: string } }) => [t.text, t.span.text])).toEqual([['cada seis meses', 'cada\u00a0seis\u00a0meses']]);
  });

  it('handles a 1 MB line without punctuation', () => {
    expect(docs.get('oneline')?.status).toBe('ok');
  });

  it('marks French and Portuguese as unsupported, never as Spanish', () => {
    expect(docs.get('french')).toMatchObject({ status: 'unsupported', language: 'und' });
    expect(docs.get('portuguese')).toMatchObject({ status: 'unsupported', language: 'und' });
  });

  it('skips a symbolic-link loop with a message', () => {
    expect(stderr).toMatch(/corpus\/loop\/up.*(loop|already visited)/);
  });

  it('fails an oversize file with its reason and keeps the others', async () => {
    const r = await run('node', [BIN, 'extract', 'corpus/huge.txt', 'corpus/good.txt', '--out', 'out-big', '--max-bytes', '1000'], { cwd: dir }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: corpus\/huge\.txt: file is 3000 bytes, over the limit of 1000 \(--max-bytes\)/);
    const m = JSON.parse(readFileSync(path.join(dir, 'out-big/manifest.json'), 'utf8')) as { documents: ManifestDoc[] };
    expect(m.documents.map(d => [d.id, d.status])).toEqual([['good', 'ok'], ['huge', 'failed']]);
  });
});
