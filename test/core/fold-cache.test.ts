// fold() remembers short strings it has folded. A word cut from a document is, in V8, a view into
// the document's text: the cache must hold copies, or it keeps every document it saw alive.
import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringMemo, detach, fold, lastCall } from '../../src/core/text.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

describe('fold cache', () => {
  it('does not keep the texts its keys were cut from', () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const folded: string[] = [];
    for (let i = 0; i < 100; i++) {
      // A 200 KB text of its own each time, and a 21-character phrase of its own cut from it.
      const text = `Ministerio Número ${String(i).padStart(3, '0')} ${'x'.repeat(200_000)}`;
      folded.push(fold(/\S+ \S+ \d+/.exec(text)![0]));
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(folded[7]).toBe('ministerio numero 007');
    // Kept alive, the 100 texts would take 20 MB.
    expect(grown).toBeLessThan(8 * 1024 * 1024);
  });

  it('detach gives back an equal string, short or long', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.nat(20), (s, cut) => {
        expect(detach(s.slice(cut))).toBe(s.slice(cut));
      }),
    );
  });

  it('a StringMemo starts afresh when full', () => {
    const memo = new StringMemo<number>(2);
    memo.set('uno', 1);
    memo.set('dos', 2);
    expect([memo.get('uno'), memo.get('dos')]).toEqual([1, 2]);
    memo.set('tres', 3);
    expect([memo.get('uno'), memo.get('dos'), memo.get('tres')]).toEqual([undefined, undefined, 3]);
  });
});

describe('lastCall', () => {
  it('computes once for repeated arguments and again when one changes', () => {
    const calls: string[] = [];
    const upper = lastCall((text: string, suffix: string) => {
      calls.push(text + suffix);
      return text.toUpperCase() + suffix;
    });
    expect(upper('acuerdo', '!')).toBe('ACUERDO!');
    expect(upper('acuerdo', '!')).toBe('ACUERDO!');
    expect(upper('agreement', '!')).toBe('AGREEMENT!');
    expect(upper('agreement', '?')).toBe('AGREEMENT?');
    expect(calls).toEqual(['acuerdo!', 'agreement!', 'agreement?']);
  });

  it('prime gives the remembered value without computing', () => {
    let computed = 0;
    const folded = lastCall((text: string) => {
      computed++;
      return text.toLowerCase();
    });
    folded.prime('litio', 'LITIO');
    expect(folded('LITIO')).toBe('litio');
    expect(computed).toBe(0);
    expect(folded('COBRE')).toBe('cobre');
    expect(computed).toBe(1);
  });
});
