// `npm run held-out:pages [-- --half tune|test] [--details] [--json] [--no-build]`: the BUILT
// extension on the held-out articles served as news pages in Chromium: full-name precision and
// recall of its `page-mentions` answers per half and language, DOM untouched, page errors.
// Builds first (as the e2e setup does) unless --no-build or LEADERLENS_E2E_SKIP_BUILD=1.
// --details prints misses and false hits of the TUNE half only: the test half is never read by a
// person writing rules, so only its figures are printed.
import buildExtension from '../../tests/e2e/global-setup';
import { measureHeldOutPages, type HalfRun, type PageRun } from '../../tests/e2e/measure-held-out-pages';
import { sumPageScores, type NameScore } from '../eval/score-page-mentions';

const args = process.argv.slice(2);
const halves = args.includes('--half') ? [args[args.indexOf('--half') + 1]!] : ['tune', 'test'];
const details = args.includes('--details');
const json = args.includes('--json');
if (!args.includes('--no-build')) buildExtension();

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const figures = (s: NameScore) => `P ${pct(s.precision)} R ${pct(s.recall)} (${s.truePositives} right of ${s.found} found, ${s.expected} expected)`;

const results = await measureHeldOutPages(halves, (half) => process.stderr.write(half === 'tune' ? '.' : ':'));
process.stderr.write('\n');
if (json) console.log(JSON.stringify(summary(results), null, 2));
else for (const half of results) print(half);

/** Figures per half and language (and both languages), no article text. */
function summary(runs: HalfRun[]) {
  return runs.map(({ half, pages }) => {
    const byLanguage: Record<string, PageRun[]> = { all: pages };
    for (const p of pages) (byLanguage[p.score.language] ??= []).push(p);
    return {
      half,
      languages: Object.fromEntries(
        Object.entries(byLanguage).map(([language, ps]) => [
          language,
          {
            ...sumPageScores(ps.map((p) => p.score)),
            domUntouched: ps.filter((p) => p.domUntouched && p.hosts <= 1).length,
            pagesWithErrors: ps.filter((p) => p.pageErrors.length > 0).length,
            pageErrors: ps.reduce((n, p) => n + p.pageErrors.length, 0),
            consoleErrors: ps.reduce((n, p) => n + p.consoleErrors.length, 0),
            publishedRight: ps.filter((p) => p.publishedRight).length,
          },
        ]),
      ),
    };
  });
}

function print(run: HalfRun): void {
  for (const [language, s] of Object.entries(summary([run])[0]!.languages)) {
    console.log(
      `${run.half} ${language}: ${s.pages} pages; full names ${figures(s.full)}; strict R ${pct(s.strict.recall)} (${s.strict.expected} expected with spellings the registry lacks); ` +
        `DOM untouched ${s.domUntouched}/${s.pages}; page errors ${s.pageErrors}; console errors ${s.consoleErrors}; published date read ${s.publishedRight}/${s.pages}; ` +
        `pages in order ${s.inOrder}/${s.pages}; gold people not in the registry ${s.notInRegistry} (office-holders ${s.notInRegistryLeaders}, ${s.notInRegistryLeadersDistinct} distinct); found people named right ${s.foundPeopleRight}`,
    );
  }
  if (!details) return;
  if (run.half !== 'tune') {
    console.log(`  (${run.half}: figures only; details are printed for the tune half)`);
    return;
  }
  for (const { score: p, pageErrors, domUntouched } of run.pages) {
    for (const x of p.misses) console.log(`  miss    ${p.file} [${x.id}] "${x.text}"`);
    for (const x of p.unregisteredHits) console.log(`  unreg   ${p.file} [${x.id}] "${x.text}" (a full spelling the registry lacks)`);
    for (const x of p.falseHits) console.log(`  false   ${p.file} [${x.leaderId}] "${x.text}"`);
    for (const x of p.foundPeopleRight) console.log(`  found   ${p.file} [${x.leaderId}] "${x.text}"`);
    for (const x of p.notInRegistry) console.log(`  absent  ${p.file} ${x.leader ? 'office-holder' : 'other'} ${x.key} "${x.name}"`);
    for (const k of p.mappedByForm) console.log(`  byform  ${p.file} ${k}`);
    for (const e of pageErrors) console.log(`  error   ${p.file} ${e}`);
    if (!domUntouched) console.log(`  dom     ${p.file} changed`);
    if (!p.orderAgrees) console.log(`  order   ${p.file} full mentions not in the expected order`);
  }
}
