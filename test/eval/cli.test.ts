import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gold, record, span } from './fixtures.ts';
import { EvalUsageError, evalCommand, parseMinSpec, type EvalDeps } from '../../src/cli/eval.ts';
import type { AccordRecord } from '../../src/schema/record.ts';
import type { GoldDoc } from '../../src/eval/gold.ts';

describe('parseMinSpec', () => {
  it('reads field=value, with an optional group', () => {
    expect(parseMinSpec('parties=0.9')).toEqual({ group: 'all', metric: 'parties', min: 0.9 });
    expect(parseMinSpec('es.parties=0.8')).toEqual({ group: 'es', metric: 'parties', min: 0.8 });
    expect(parseMinSpec('macro=0.5')).toEqual({ group: 'all', metric: 'macro', min: 0.5 });
    expect(parseMinSpec('en.timeline_values=1')).toEqual({ group: 'en', metric: 'timeline_values', min: 1 });
  });

  it('rejects unknown fields and groups and values outside 0..1', () => {
    expect(() => parseMinSpec('partys=0.9')).toThrow(EvalUsageError);
    expect(() => parseMinSpec('pt.parties=0.9')).toThrow(/unknown group "pt"/);
    expect(() => parseMinSpec('parties=1.5')).toThrow(/from 0 to 1/);
    expect(() => parseMinSpec('parties=')).toThrow(EvalUsageError);
    expect(() => parseMinSpec('parties')).toThrow(EvalUsageError);
  });
});

/** Runs evalCommand with captured output and an extractor that returns prepared records. */
async function run(argv: string[], records: Record<string, AccordRecord> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const deps: EvalDeps = {
    extract: (_bytes, meta) => records[meta.id] ?? record({ id: meta.id }),
    stdout: t => void (out += t),
    stderr: t => void (err += t),
  };
  const code = await evalCommand(argv, deps);
  return { code, out, err };
}

describe('evalCommand', () => {
  let dir: string;

  function writeDoc(id: string, g: GoldDoc | string): void {
    writeFileSync(join(dir, 'docs', `${id}.txt`), 'Invented text for a test.\n');
    writeFileSync(join(dir, 'gold', `${id}.json`), typeof g === 'string' ? g : JSON.stringify(g, null, 2));
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'accords-eval-'));
    mkdirSync(join(dir, 'docs'));
    mkdirSync(join(dir, 'gold'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // Gold: doc a {CL, US}, doc b {PE}; predicted: {CL}, {PE, US} -> parties F1 2/3.
  function writeParties(): Record<string, AccordRecord> {
    writeDoc('a', gold({ id: 'a', parties: ['CL', 'US'], countries: ['CL', 'US'] }));
    writeDoc('b', gold({ id: 'b', language: 'es', parties: ['PE'], countries: ['PE'] }));
    const state = (id: string, rule: string) => ({ id, kind: 'state' as const, name: id, party: true, mentions: [span(id, rule)] });
    return {
      a: record({ id: 'a', entities: [state('CL', 'en.entities.state')] }),
      b: record({ id: 'b', entities: [state('PE', 'es.entities.state'), state('US', 'es.entities.demonym')] }),
    };
  }

  it('prints the table on stdout and exits 0', async () => {
    const r = await run(['--gold', dir], writeParties());
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const partiesRow = r.out.split('\n').find(l => l.startsWith('parties'));
    expect(partiesRow?.split(/\s+/)).toEqual(['parties', '0.667', '0.667', '0.667', '1.000', '0.500', '0.667', '0.500', '1.000', '0.667']);
    expect(r.out).toContain('all (2 docs)');
  });

  it('prints JSON with --json', async () => {
    const r = await run(['--gold', dir, '--json'], writeParties());
    const json = JSON.parse(r.out) as { groups: { all: { fields: { parties: { tp: number; f1: number } } } } };
    expect(json.groups.all.fields.parties.tp).toBe(2);
    expect(json.groups.all.fields.parties.f1).toBeCloseTo(2 / 3, 10);
  });

  it('lists false positives with their evidence with --verbose', async () => {
    const r = await run(['--gold', dir, '--verbose'], writeParties());
    expect(r.out).toContain('== b (gold language es)');
    expect(r.out).toMatch(/FP\s+parties\s+US\n\s+evidence: "US" \[0, 2\) rule es\.entities\.demonym/);
    expect(r.out).toMatch(/FN\s+parties\s+US/);
  });

  it('exits 1 and names each figure below its minimum', async () => {
    const r = await run(['--gold', dir, '--min', 'parties=0.6', '--min', 'parties=0.7', '--min', 'es.countries=0.9'], writeParties());
    expect(r.code).toBe(1);
    expect(r.err).toBe('below minimum: all.parties = 0.6667 < 0.7\nbelow minimum: es.countries = 0.6667 < 0.9\n');
  });

  it('exits 0 when every minimum is met', async () => {
    const r = await run(['--gold', dir, '--min', 'parties=0.6', '--min', 'en.countries=0.6'], writeParties());
    expect(r.code).toBe(0);
  });

  it('exits 2 on a bad --min before reading anything', async () => {
    const r = await run(['--gold', join(dir, 'nowhere'), '--min', 'recall=0.5']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown field "recall"/);
  });

  it('requires --gold', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--gold DIR is required/);
  });

  it('exits 2 on a missing folder, or 0 with --if-exists', async () => {
    const missing = join(dir, 'nowhere');
    const strict = await run(['--gold', missing]);
    expect(strict.code).toBe(2);
    expect(strict.err).toContain(`gold folder not found: ${missing}`);
    const lenient = await run(['--gold', missing, '--if-exists']);
    expect(lenient.code).toBe(0);
    expect(lenient.out).toBe('');
    expect(lenient.err).toContain('does not exist');
  });

  it('exits 2 naming a gold file that has no document', async () => {
    writeFileSync(join(dir, 'gold', 'lonely.json'), JSON.stringify(gold({ id: 'lonely' })));
    const r = await run(['--gold', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(join(dir, 'gold', 'lonely.json'));
    expect(r.err).toContain(join(dir, 'docs', 'lonely.txt'));
  });

  it('exits 2 naming an invalid gold file', async () => {
    writeDoc('broken', '{ "id": "broken", ');
    const r = await run(['--gold', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${join(dir, 'gold', 'broken.json')}: not valid JSON`);
  });

  it('exits 2 naming a gold file that breaks the schema', async () => {
    writeDoc('bad', JSON.stringify({ ...gold({ id: 'bad' }), binding: 'maybe' }));
    const r = await run(['--gold', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.json: not a valid gold file: binding/);
  });

  it('exits 2 when a gold id differs from its file name', async () => {
    writeDoc('named', gold({ id: 'other-name' }));
    const r = await run(['--gold', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/named\.json: id "other-name" does not match the file name/);
  });

  it('exits 2 on an unknown option', async () => {
    const r = await run(['--gold', dir, '--fast']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--fast/);
  });

  it('prints help on stdout', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: accords eval --gold DIR/);
  });

  it('notes documents that have no gold file on stderr', async () => {
    const records = writeParties();
    writeFileSync(join(dir, 'docs', 'extra.txt'), 'Another invented text.\n');
    const r = await run(['--gold', dir], records);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/1 document\(s\) .* not scored: extra\.txt/);
  });
});
