import { describe, expect, it } from 'vitest';
import { periodicCollector } from '../../src/cli/gc.ts';

describe('periodicCollector', () => {
  it('looks at the heap every N documents and collects only past the budget', () => {
    let heap = 100;
    let looks = 0;
    const runs: number[] = [];
    const tick = periodicCollector({
      every: 3,
      budgetBytes: 50,
      used: () => (looks++, heap),
      run: () => {
        runs.push(heap);
        heap = 120; // what is alive after the collection
      },
    });
    looks = 0;
    heap = 140;
    for (let i = 0; i < 3; i++) tick(); // grown by 40: under the budget
    expect(runs).toEqual([]);
    expect(looks).toBe(1);
    heap = 160;
    for (let i = 0; i < 2; i++) tick(); // not yet the third document
    expect(runs).toEqual([]);
    tick(); // grown by 60 over 100: collect
    expect(runs).toEqual([160]);
    heap = 165;
    for (let i = 0; i < 3; i++) tick(); // 45 over the 120 alive after the collection
    expect(runs).toEqual([160]);
    heap = 171;
    for (let i = 0; i < 3; i++) tick();
    expect(runs).toEqual([160, 171]);
  });

  it('runs V8 full collections by default without throwing', () => {
    const tick = periodicCollector({ every: 1, budgetBytes: 0 });
    expect(() => tick()).not.toThrow();
  });
});
