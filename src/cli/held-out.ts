// `npm run held-out [-- --half tune|test] [--details] [--json]`: precision and recall of the engine on the
// hand-annotated real articles of tests/fixtures/held-out, per language. `--details` lists the tune
// half's misses; the test half's only with `--half test` named.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../corpus/build-corpus';
import { readGold } from '../eval/read-gold';
import { scoreExport, type LanguageScore } from '../eval/score-export';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const halves = args.includes('--half') ? [args[args.indexOf('--half') + 1]!] : ['tune', 'test'];
// Details (every miss and false find, with its sentence) are printed for the tune half only unless
// the test half is asked for by name: its sentences are not to be read while rules are written.
const details = args.includes('--details');
const detailsOf = (half: string) => details && (half === 'tune' || args.includes('--half'));
const json = args.includes('--json');
const all: Record<string, Record<string, LanguageScore>> = {};

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
for (const half of halves) {
  const dir = join(root, 'tests/fixtures/held-out', half);
  const build = buildCorpus({ corpusDir: dir, today: '2026-12-01' });
  const scores = scoreExport(build.data, readGold(dir));
  all[half] = scores;
  if (!json) for (const [language, s] of Object.entries(scores)) print(half, language, s, detailsOf(half));
}
if (json) console.log(JSON.stringify(all, null, 2));

function print(half: string, language: string, s: LanguageScore, details: boolean): void {
  const m = s.meetings;
  const q = s.quotes;
  console.log(
    `${half} ${language}: ${s.articles} articles; meetings P ${pct(m.precision)} R ${pct(m.recall)} (${m.truePositives}/${m.predicted} found, ${m.expected} in gold; kind right ${s.meetingKindsRight}/${m.truePositives}); ` +
      `quotes P ${pct(q.precision)} R ${pct(q.recall)} (${q.truePositives}/${q.predicted}, ${q.expected}); wrong dates: ${s.wrongArticleDates.length} article, ${s.wrongMeetingDates.length} meeting; inferred and unchecked: ${s.uncheckedArticleDates.length} article, ${s.uncheckedMeetingDates.length} meeting`,
  );
  if (!details) return;
  for (const d of s.wrongArticleDates) console.log(`  date   ${d.file}: ${d.got} (gold ${d.gold})`);
  for (const d of s.wrongMeetingDates) console.log(`  mdate  ${d.file}: ${d.got} (gold ${d.gold}) ${d.evidence.slice(0, 100)}`);
  for (const d of s.uncheckedArticleDates) console.log(`  udate  ${d.file}: ${d.got} (inferred; no day known)`);
  for (const d of s.uncheckedMeetingDates) console.log(`  umdate ${d.file}: ${d.got} (inferred; no day known) ${d.evidence.slice(0, 100)}`);
  for (const x of s.wrongKinds) console.log(`  kind   ${x.file}: ${x.got} (gold ${x.gold}) ${x.evidence.slice(0, 100)}`);
  for (const x of s.missedMeetings) console.log(`  miss M ${x.file} [${x.participants}] ${x.evidence.slice(0, 140)}`);
  for (const x of s.extraMeetings) console.log(`  extra M ${x.file} [${x.participants}] ${x.evidence.slice(0, 140)}`);
  for (const x of s.missedQuotes) console.log(`  miss Q ${x.file} [${x.speakers}] ${x.evidence.slice(0, 140)}`);
  for (const x of s.extraQuotes) console.log(`  extra Q ${x.file} [${x.speakers}] ${x.evidence.slice(0, 140)}`);
}
