import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashSources, rulesHash } from '../../src/pipeline/rules-hash.ts';
import { tempFolders } from '../helpers/tmp.ts';

describe('rules hash', () => {
  const tmp = tempFolders('hash');

  function tree(files: Record<string, string>): string {
    const root = tmp();
    for (const [rel, body] of Object.entries(files)) {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), body);
    }
    return root;
  }

  it('changes when a helper or a word list changes, not with line endings or other folders', () => {
    const base = { 'lang/en/words.ts': 'export const W = ["lithium"];\n', 'extractors/x/index.ts': 'function helper() { return 1; }\n' };
    const h = hashSources(tree(base), ['lang', 'extractors']);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(hashSources(tree({ ...base, 'lang/en/words.ts': 'export const W = ["lithium", "cobalt"];\n' }), ['lang', 'extractors'])).not.toBe(h);
    expect(hashSources(tree({ ...base, 'extractors/x/index.ts': 'function helper() { return 2; }\n' }), ['lang', 'extractors'])).not.toBe(h);
    expect(hashSources(tree({ ...base, 'lang/en/words.ts': 'export const W = ["lithium"];\r\n' }), ['lang', 'extractors'])).toBe(h);
    expect(hashSources(tree({ ...base, 'cli/main.ts': 'console.log(1);\n' }), ['lang', 'extractors'])).toBe(h);
  });

  it('is computed once for the installed sources', () => {
    expect(rulesHash()).toMatch(/^[0-9a-f]{16}$/);
    expect(rulesHash()).toBe(rulesHash());
  });
});
