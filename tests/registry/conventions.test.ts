import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The registry runs in the extension too; only the file reader may touch Node. Checked here
// rather than remembered, because a stray `node:` import only fails at bundle time.
const NODE_ONLY = new Set(['read-registry-file.ts']);
const files = readdirSync('src/registry').filter((f) => f.endsWith('.ts'));

describe('src/registry conventions', () => {
  it.each(files.filter((f) => !NODE_ONLY.has(f)))('%s imports no Node module', (file) => {
    const source = readFileSync(`src/registry/${file}`, 'utf8');
    expect(source).not.toMatch(/from ['"](node:|fs['"]|path['"]|os['"])/);
  });

  it.each(files.filter((f) => f !== 'index.ts'))('%s has a test file', (file) => {
    expect(existsSync(`tests/registry/${file.replace(/\.ts$/, '.test.ts')}`)).toBe(true);
  });

  it('index.ts does not re-export the Node-only reader', () => {
    expect(readFileSync('src/registry/index.ts', 'utf8')).not.toContain("from './read-registry-file'");
  });
});
