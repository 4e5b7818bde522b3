import { describe, expect, it } from 'vitest';
import type { LanguageScore } from '../../src/eval/score-export';
import { runCli } from './run-cli';

// The held-out test half (tests/fixtures/held-out/test): real articles no rule was written for.
// Its figures may rise, never fall: raise a floor when a change lifts a figure, never lower one.
// (The goals of issue "1 of 7" are meetings P ≥ 0.9, R ≥ 0.85; quotes P ≥ 0.85, R ≥ 0.75.)
// Since people found in the corpus count (issue "2 of 7"), facts about office-holders outside the
// registry are scored too: the English quote recall floor was set again on that wider scope.
// The half then grew from ten to eighteen articles per language (sixteen new articles annotated
// before anything was run on them); every floor was set again to the figures measured on the
// larger half, rounded down (before: en meetings 1.0/0.5, quotes 0.9/0.69; vi meetings 1.0/0.55,
// quotes 0.96/0.81). Raised since: en quote recall 0.64 -> 0.68 (groups taking the last meeting of two); en meeting
// recall 0.52 -> 0.56 (a visit owned by a pronoun, title-case datelines, adjectives before a meeting noun);
// en quote recall 0.68 -> 0.69 ("X met with Y and said", "the Indian minister" back to the one named before);
// vi meeting recall 0.6 -> 0.65, quotes 0.9/0.77 -> 0.92/0.8 (separate meetings after "các cuộc", modifiers after a meeting noun);
// vi quote recall 0.8 -> 0.81 (a bare rank word as an honorific, "mô tả").
// The half grew again (issue "1 of 7", a later stop) from eighteen to twenty-six articles per
// language: sixteen articles annotated blind by helpers who wrote no rule, after a command had
// printed the old half's misses beside the tune half's (see the README there); every floor was set
// again to the figures measured on the larger half, rounded down (before: en meetings 0.92/0.56,
// quotes 0.94/0.69; vi meetings 1.0/0.65, quotes 0.92/0.81). Raised since: en meeting recall
// 0.6 -> 0.63 (0.64 measured), vi quote recall 0.83 -> 0.86 (rules written on
// the tune half after twenty more tune articles: light verbs with modifiers, durations, passives
// with the doer before the verb, a strong verb after a comma, participles as speech verbs); vi
// meeting recall 0.7 -> 0.73 (roles listed before a title, a short parenthesis inside a list); en quote
// recall 0.71 -> 0.75 (0.746 measured after the vocabulary audit, headline verbs and "Pham said"; 0.754,
// 104 of 138, after the faults a helper fixed and the third fresh batch's vocabulary); en meeting
// recall 0.63 -> 0.66 (22 of 33, 0.667) and quote recall 0.75 -> 0.76 (106 of 138, 0.768) after the
// rules of a later stop, written on the tune half with its fourth fresh batch.
// The half grew again (batch J) from twenty-six to thirty-six articles per language: twenty articles
// annotated blind by a helper who writes no rules and ran no engine; every floor was set again to the
// figures measured on the larger half, rounded down (before: en meetings 0.95/0.66, quotes 0.9/0.76;
// vi meetings 0.91/0.73, quotes 0.94/0.86). Measured: en meetings 32/35 found of 47 (0.914/0.681),
// quotes 136/148 of 176 (0.919/0.773); vi meetings 27/30 of 37 (0.9/0.730), quotes 90/93 of 103
// (0.968/0.874); wrong dates as before (en 0/0, vi 2 article, 0 meeting). Raised since: en meeting
// recall 0.68 -> 0.7 (33 of 47, 0.702) after rules written on the tune half's blind batch K (named
// meetings after a light verb, a subject in apposition closed by a comma); vi meeting recall
// 0.72 -> 0.73 (28 of 38, 0.737) and quotes 0.96/0.87 -> 0.97/0.88 (92/94 of 105, 0.979/0.876)
// after the registry's terms were brought up to 2026 (Vilay Lakhamfong, the Lao Secretariat).
// The half grew again (batch T) from thirty-six to forty-six articles per language: twenty articles
// annotated blind by a helper who writes no rules and ran no engine (sites N to Z, stories of
// 2020–2026, while another helper took sites A to M for the tune half); every floor was set again to
// the figures measured on the larger half, rounded down (before: en meetings 0.91/0.7, quotes
// 0.91/0.77; vi meetings 0.9/0.73, quotes 0.97/0.87; measured just before on the thirty-six: en
// meetings 34/37 of 48, quotes 137/150 of 176; vi meetings 28/31 of 38, quotes 92/94 of 105).
// Measured: en meetings 42/45 found of 59 (0.933/0.712), quotes 166/181 of 212 (0.917/0.783); vi
// meetings 41/44 of 53 (0.932/0.774), quotes 113/118 of 126 (0.958/0.897): the new articles' quote
// precision is lower, so the vi quote precision floor is lower than before; wrong dates as before.
// Raised since: en quote recall 0.78 -> 0.79 (168/183 of 212, 0.792) once a post quoted with its verb
// closing the quotation ("“…,” he posted.", "“…,” wrote X.") became a statement; vi meeting recall
// 0.77 -> 0.79 (42/45 of 53, 0.792) once a country after a delegation word ("tiếp Đại sứ Lào Y") was
// passed over before the one received; vi meeting precision 0.93 -> 0.95 (42/44, 0.955) once plural
// determiners recalled meetings only when no day is given ("Chiều 27-10, X đã có các cuộc gặp A và B");
// en meeting precision 0.93 -> 0.95 (42/44, 0.955) once a date inside a since-phrase naming no
// meeting stopped dating one, a day "last year" was counted back and royal styles were honorifics (5a991fa);
// en meeting recall 0.71 -> 0.72 (43/45 of 59, 0.729) once titles joined by a bare comma whose name is of
// another country than the first title gave that title its own holder ("the Malaysian Foreign Minister,
// President Jokowi"); en meeting recall 0.72 -> 0.76 (45/47 of 59, 0.763), quote precision and recall
// 0.91/0.79 -> 0.92/0.80 (171/185 of 212, 0.924/0.807) once a pair named by what they do spoke and met
// together ("The two FMs shared …", "Vietnamese, Russian FMs meet …"; 8265652); en meeting recall
// 0.76 -> 0.77 (46/48 of 59, 0.780), quote recall 0.80 -> 0.81 (173/187 of 212, 0.816) once a relative
// clause naming a city and its country ("X, who is in Jakarta, Indonesia to attend …, held") was
// passed over to its subject.
// vi meeting recall 0.79 -> 0.78 is no fall: the gold it is counted against grew. Once a headline
// above stamps set out as points of a list ("• 36 phút trước") was taken for the title, not the
// stamp, the engine knew people it had not, and the gold meetings counted (those whose people are
// all known) went from 53 to 56; of them the engine now finds 44 (42 before), with 2 extra as
// before (44/46 of 56, 0.786); quotes 114/118 of 126 -> 116/120 of 127. So that a wider gold cannot
// hide a fall, the meetings and quotes found right are floored too, at what was measured then.
// vi meeting recall 0.78 -> 0.80 (45/47 of 56, 0.804) once the two sides a meeting noun names after
// "giữa" ended with the one its conjunction or "với" joined, and left out the sentence's subject.
// en meeting recall 0.77 -> 0.79 (47/49 of 59, 0.797), quote recall 0.81 -> 0.82 (175/189 of 212,
// 0.825) once "the minister" alone meant the one person the article titled with a minister's office (4d37b3f).
const FLOORS: Record<string, { meetings: [number, number]; quotes: [number, number] }> = {
  en: { meetings: [0.95, 0.79], quotes: [0.92, 0.82] },
  vi: { meetings: [0.95, 0.8], quotes: [0.95, 0.89] },
};
const RIGHT_FLOORS: Record<string, { meetings: number; quotes: number }> = {
  en: { meetings: 47, quotes: 175 },
  vi: { meetings: 45, quotes: 116 },
};
// Articles and meetings dated to a day other than the gold's, as measured when the half last grew
// (not looked into: the helpers who annotated the new articles report several with no year in the
// text, whose gold leaves the article's date out). The counts may fall, never rise. Since the gold
// records the true day where the text gives none (`dateOutside`, from the annotators' notes or a
// named public source, added by a helper who writes no rules), a day the engine marks inferred is
// checked against it; the caps were set to what was measured then: en 0 wrong article dates (0
// before too; its cap had been 1), vi 3 (4 before: one was an inferred day the gold now knows right),
// then vi 2 once the first day of a visit's range stopped being taken for the article's day, then
// vi 1 once the day a site writes before its article number at the end of the address's slug
// ("…-20231127i7035212/") became the page's (655c8d0).
const MAX_WRONG_ARTICLE_DATES: Record<string, number> = { en: 0, vi: 1 };
// vi meeting dates 1 → 0 once a date after one meeting word stopped dating the next one past a comma.
const MAX_WRONG_MEETING_DATES: Record<string, number> = { en: 0, vi: 0 };

describe('npm run held-out', () => {
  const run = runCli('src/cli/held-out.ts', ['--half', 'test', '--json']);
  const scores = JSON.parse(run.stdout) as { test: Record<string, LanguageScore> };

  it('scores both languages of the test half', () => {
    expect(run.status).toBe(0);
    expect(Object.keys(scores.test).sort()).toEqual(['en', 'vi']);
    for (const s of Object.values(scores.test)) expect(s.articles).toBe(46);
  });

  it.each(Object.entries(FLOORS))('keeps the %s figures at or above their floors, with no more wrong dates than measured', (language, floor) => {
    const s = scores.test[language]!;
    expect(s.meetings.truePositives).toBeGreaterThanOrEqual(RIGHT_FLOORS[language]!.meetings);
    expect(s.quotes.truePositives).toBeGreaterThanOrEqual(RIGHT_FLOORS[language]!.quotes);
    expect(s.meetings.precision).toBeGreaterThanOrEqual(floor.meetings[0]);
    expect(s.meetings.recall).toBeGreaterThanOrEqual(floor.meetings[1]);
    expect(s.quotes.precision).toBeGreaterThanOrEqual(floor.quotes[0]);
    expect(s.quotes.recall).toBeGreaterThanOrEqual(floor.quotes[1]);
    expect(s.wrongArticleDates.length).toBeLessThanOrEqual(MAX_WRONG_ARTICLE_DATES[language]!);
    expect(s.wrongMeetingDates.length).toBeLessThanOrEqual(MAX_WRONG_MEETING_DATES[language]!);
  });
});
