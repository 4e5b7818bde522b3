import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Checked here rather than remembered: every settings module has a test at its mirror path, and
// nothing runs at import time against storage (the build imports entrypoints in Node). The options
// page's Preact components (ui/*.tsx) are tested together: tests/settings/ui/OptionsApp.test.tsx in
// happy-dom and tests/e2e/options-page.test.ts in Chromium.
const modules = readdirSync('src/settings', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('index.ts') && !f.endsWith('settings-types.ts'))
  .sort();

describe('src/settings conventions', () => {
  it.each(modules.filter((f) => !(f.startsWith('ui/') && f.endsWith('.tsx'))))('%s has a test file', (file) => {
    const base = `tests/settings/${file.replace(/\.tsx?$/, '')}`;
    expect(existsSync(`${base}.test.ts`) || existsSync(`${base}.test.tsx`)).toBe(true);
  });

  it.each(modules)('%s defines no storage item at import time', (file) => {
    const source = readFileSync(`src/settings/${file}`, 'utf8');
    expect(source).not.toMatch(/^(export )?const \w+ = storage\.defineItem/m);
  });
});
