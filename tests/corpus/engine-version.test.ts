import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineSources, engineVersion } from '../../src/corpus/engine-version';

const SRC = join(import.meta.dirname, '../../src');

describe('engineSources', () => {
  it('follows the stage worker\'s imports through the engine, and no further', () => {
    const files = engineSources().map((f) => relative(SRC, f));
    expect(files).toEqual(expect.arrayContaining([
      'corpus/stage-worker.ts', 'corpus/article-stage.ts', 'corpus/analyse-article.ts', 'corpus/find-mentions.ts',
      'registry/offices.ts', 'names/name-table.ts', 'lang/vi.ts', 'lang/en.ts',
    ]));
    expect(files.filter((f) => f.startsWith('ui/') || f.startsWith('page/') || f.startsWith('cli/'))).toEqual([]);
  });
});

describe('engineVersion', () => {
  it('is the same on every call, and changes when any module the entry imports changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-engine-'));
    writeFileSync(join(dir, 'entry.ts'), "import { b } from './b';\n// an example in a comment: from './not-a-module'\nexport const a = b;\n");
    writeFileSync(join(dir, 'b.ts'), "export { c as b } from './c';\n");
    writeFileSync(join(dir, 'c.ts'), 'export const c = 1;\n');
    const entry = join(dir, 'entry.ts');
    const before = engineVersion(entry);
    expect(engineVersion(entry)).toBe(before);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(join(dir, 'c.ts'), 'export const c = 2;\n');
    expect(engineVersion(entry)).not.toBe(before);
  });

  it('is the version of the real engine by default', () => {
    expect(engineVersion()).toMatch(/^[0-9a-f]{64}$/);
  });
});
