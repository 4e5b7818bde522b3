import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINE_SOURCE_DIRS, engineSourceHash } from '../../src/saved/engine-source-hash';

const root = join(import.meta.dirname, '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'leaderlens-engine-hash-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('engineSourceHash', () => {
  it('is 16 hex digits, the same for the same sources', () => {
    expect(engineSourceHash(root)).toMatch(/^[0-9a-f]{16}$/);
    for (const dir of ENGINE_SOURCE_DIRS) cpSync(join(root, dir), join(copy, dir), { recursive: true });
    expect(engineSourceHash(copy)).toBe(engineSourceHash(root));
  });

  it('changes when an engine file changes, not when an options-page part of src/saved does', () => {
    const before = engineSourceHash(copy);
    writeFileSync(join(copy, 'src/saved/ui/extra.ts'), 'export const x = 1;\n');
    expect(engineSourceHash(copy)).toBe(before);
    writeFileSync(join(copy, 'src/corpus/extra.ts'), 'export const x = 1;\n');
    expect(engineSourceHash(copy)).not.toBe(before);
  });
});
