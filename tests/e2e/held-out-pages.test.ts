import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NameScore } from '../../src/eval/score-page-mentions';

// The built extension on the held-out TEST half (tests/fixtures/held-out/test) served as news
// pages: real articles no rule was written for, scored on full names (src/eval/score-page-mentions.ts)
// through `npm run held-out:pages -- --half test --json`. Floors are the measured figures: raise
// one when a change lifts a figure, never lower one. (Issue "2 of 7" asks for full names
// precision ≥ 0.98 and recall ≥ 0.95, the DOM untouched and no page error.) Measured again when the
// half grew from ten to eighteen pages per language: still 1.0 and 1.0 for both (en 85, vi 150
// full names expected). Measured again when it grew to twenty-six pages per language (sixteen
// articles annotated blind): en 1.0 / 1.0 (122 expected), vi 1.0 / 0.995 (213 of 214), and one
// Vietnamese page whose full mentions are not all in the expected order; not looked into, as the
// test half's details are not read. Measured again when it grew to thirty-six pages per language
// (batch J, twenty articles annotated blind): en 1.0 / 1.0 (168 expected), vi 1.0 / 0.996 (271 of
// 272), the same one Vietnamese page out of order. Measured again when it grew to forty-six pages per
// language (batch T, twenty articles annotated blind): en 1.0 / 1.0 (203 expected), vi 1.0 / 0.997
// (355 of 356), the same one Vietnamese page out of order.
const FLOORS: Record<string, { precision: number; recall: number }> = {
  en: { precision: 1.0, recall: 1.0 },
  vi: { precision: 1.0, recall: 0.99 },
};
/** Pages whose full mentions are not all in the expected order, as measured; may fall, never rise. */
const MAX_OUT_OF_ORDER: Record<string, number> = { en: 0, vi: 1 };

interface LanguageFigures {
  pages: number;
  full: NameScore;
  domUntouched: number;
  pageErrors: number;
  consoleErrors: number;
  publishedRight: number;
  inOrder: number;
}

const root = join(import.meta.dirname, '..', '..');

describe('npm run held-out:pages (test half, built extension in Chromium)', () => {
  // The global setup has just built the extension; the CLI must not build it again.
  const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src/cli/held-out-pages.ts'), '--half', 'test', '--json', '--no-build'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const halves = run.status === 0 ? (JSON.parse(run.stdout) as { half: string; languages: Record<string, LanguageFigures> }[]) : [];

  it('measures both languages of the test half, twenty-six pages each', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(halves.map((h) => h.half)).toEqual(['test']);
    const languages = halves[0]!.languages;
    expect(Object.keys(languages).sort()).toEqual(['all', 'en', 'vi']);
    expect(languages.en!.pages).toBe(46);
    expect(languages.vi!.pages).toBe(46);
  });

  it('leaves every page\'s DOM as the parser made it, with no page error, no console error, and the page date read', () => {
    const all = halves[0]!.languages.all!;
    expect(all.domUntouched).toBe(all.pages);
    expect(all.pageErrors).toBe(0);
    expect(all.consoleErrors).toBe(0);
    expect(all.publishedRight).toBe(all.pages);
  });

  it.each(Object.entries(FLOORS))('keeps the %s full-name figures at or above their floors, and the pages in the expected order', (language, floor) => {
    const s = halves[0]!.languages[language]!;
    expect(s.full.expected).toBeGreaterThan(0);
    expect(s.pages - s.inOrder).toBeLessThanOrEqual(MAX_OUT_OF_ORDER[language]!);
    expect(s.full.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(s.full.recall).toBeGreaterThanOrEqual(floor.recall);
  });
});
