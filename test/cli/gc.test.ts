import { describe, expect, it } from 'vitest';
import { periodicCollector } from '../../src/cli/gc.ts';

describe('periodicCollector', () => {
  it('runs a collection once every N documents', () => {
    let runs = 0;
    const tick = periodicCollector(3, () => runs++);
    for (let i = 0; i < 7; i++) tick();
    expect(runs).toBe(2);
  });

  it('runs V8 full collections by default without throwing', () => {
    const tick = periodicCollector(1);
    expect(() => tick()).not.toThrow();
  });
});
