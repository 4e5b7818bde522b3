import { readRegistryFile } from '../../src/registry/read-registry-file';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leaderById } from '../../src/registry/leaders';
import { loadRegistry } from '../../src/registry/load-registry';
import { daysBefore, heldOn, holderOf, knownTerm, mayHaveHeldOn, officesHeldOnOrEver, officesOn, termBoundsOnly } from '../../src/registry/offices';
import type { Office } from '../../src/registry/schema';

const registry = readRegistryFile('tests/fixtures/registry-ten/leaders.json');
const ids = (office: string, country: string, date: string) => holderOf(registry, office, country, date).map((l) => l.id);

describe('holderOf', () => {
  it.each([
    // Vietnam's General Secretary around Nguyễn Phú Trọng's death (2024-07-19) and Tô Lâm's election (2024-08-03).
    ['general-secretary', 'VN', '2023-02-17', ['nguyen-phu-trong']],
    ['general-secretary', 'VN', '2023-06-01', ['nguyen-phu-trong']],
    ['general-secretary', 'VN', '2024-07-18', ['nguyen-phu-trong']],
    ['general-secretary', 'VN', '2024-07-19', []],
    ['general-secretary', 'VN', '2024-08-02', []],
    ['general-secretary', 'VN', '2024-08-03', ['to-lam']],
    ['general-secretary', 'VN', '2025-12-01', ['to-lam']],
    ['general-secretary', 'VN', '2026-02-01', ['to-lam']],
    // Vietnam's President: Trọng, then (not in the registry) Phúc and Thưởng, then Tô Lâm, then Lương Cường.
    ['president', 'VN', '2020-01-01', ['nguyen-phu-trong']],
    ['president', 'VN', '2021-04-02', []],
    ['president', 'VN', '2024-05-21', []],
    ['president', 'VN', '2024-05-22', ['to-lam']],
    ['president', 'VN', '2024-10-20', ['to-lam']],
    ['president', 'VN', '2024-10-21', ['luong-cuong']],
    ['president', 'VN', '2024-11-08', ['luong-cuong']],
    ['president', 'VN', '2026-02-16', ['luong-cuong']],
    // After the last day a source shows Lương Cường as President, and before a confirmed start
    // for Tô Lâm's second term, the registry does not guess.
    ['president', 'VN', '2026-06-01', []],
    ['prime-minister', 'VN', '2025-12-02', ['pham-minh-chinh']],
    ['na-chairman', 'VN', '2010-01-01', ['nguyen-phu-trong']],
    // Laos.
    ['president', 'LA', '2024-11-08', ['thongloun-sisoulith']],
    ['president', 'LA', '2021-03-21', []],
    ['president', 'LA', '1992-01-01', ['kaysone-phomvihane']],
    ['general-secretary', 'LA', '2025-12-01', ['thongloun-sisoulith']],
    ['general-secretary', 'LA', '2026-06-01', ['thongloun-sisoulith']],
    ['prime-minister', 'LA', '2020-01-01', ['thongloun-sisoulith']],
    ['prime-minister', 'LA', '2025-12-02', ['sonexay-siphandone']],
    ['prime-minister', 'LA', '1980-01-01', ['kaysone-phomvihane']],
    ['party-office-chief', 'LA', '2023-02-17', ['thongsalith-mangnomek']],
    ['party-office-chief', 'VN', '2023-02-17', ['le-minh-hung']],
    // Several holders at once: a collective office.
    ['secretariat-member', 'VN', '2023-02-17', ['le-minh-hung']],
    // Russia.
    ['president', 'RU', '2025-09-01', ['vladimir-putin']],
    ['president', 'RU', '2000-01-01', ['vladimir-putin']],
    ['president', 'RU', '2010-01-01', []],
    ['prime-minister', 'RU', '2010-01-01', ['vladimir-putin']],
  ])('%s of %s on %s', (office, country, date, expected) => {
    expect(ids(office, country, date)).toEqual(expected);
  });

  it('matches the country: "President" of Laos is not the President of Vietnam', () => {
    expect(ids('president', 'LA', '2024-11-08')).not.toContain('luong-cuong');
  });

  it('finds nobody for an office key it does not know', () => {
    expect(ids('emperor', 'VN', '2024-11-08')).toEqual([]);
  });
});

describe('mayHaveHeldOn', () => {
  const open: Office = { office: 'governor-general', country: 'AU', start: '2024-07-01', attested: ['2025-05-13'] };
  it('does not rule out a day after the last attested one when no source gives the end', () => {
    expect(heldOn(open, '2025-09-10')).toBe(false);
    expect(mayHaveHeldOn(open, '2025-09-10')).toBe(true);
  });
  it('rules out a day before the known start, or after a known end', () => {
    expect(mayHaveHeldOn(open, '2024-06-30')).toBe(false);
    expect(mayHaveHeldOn({ ...open, end: '2025-06-01' }, '2025-09-10')).toBe(false);
  });
  it('does not stretch a term with no start back before its first known day', () => {
    expect(mayHaveHeldOn({ office: 'prime-minister', country: 'KH', attested: ['2023-09-02'] }, '2019-01-01')).toBe(false);
    expect(mayHaveHeldOn({ office: 'prime-minister', country: 'KH', attested: ['2023-09-02'] }, '2024-01-01')).toBe(true);
  });
});

describe('officesOn', () => {
  it('lists every office held that day, in registry order', () => {
    expect(officesOn(leaderById(registry, 'to-lam')!, '2024-09-01').map((o) => o.office)).toEqual(['president', 'general-secretary']);
  });

  it('includes the first day of a term and excludes the day it passed on', () => {
    const toLam = leaderById(registry, 'to-lam')!;
    expect(officesOn(toLam, '2024-05-22').map((o) => o.office)).toEqual(['president']);
    expect(officesOn(toLam, '2024-05-21').map((o) => o.office)).toEqual(['minister-public-security']);
  });

  it('returns [] before any known office', () => {
    expect(officesOn(leaderById(registry, 'luong-cuong')!, '2020-01-01')).toEqual([]);
  });
});

describe('officesHeldOnOrEver', () => {
  it('is the offices of that day when the day is known', () => {
    expect(officesHeldOnOrEver(leaderById(registry, 'to-lam')!, '2024-09-01').map((o) => o.office)).toEqual(['president', 'general-secretary']);
  });

  it('is every office ever held when the day is unknown', () => {
    const toLam = leaderById(registry, 'to-lam')!;
    expect(officesHeldOnOrEver(toLam, null)).toEqual(toLam.offices);
    expect(officesHeldOnOrEver(toLam, null).map((o) => o.office)).toContain('minister-public-security');
  });
});

describe('knownTerm', () => {
  const office = (o: Partial<Office>): Office => ({ office: 'president', country: 'VN', ...o });

  it.each<[string, Partial<Office>, ReturnType<typeof knownTerm>]>([
    ['a closed term ends the day before its end', { start: '2024-05-22', end: '2024-10-21' }, { first: '2024-05-22', last: '2024-10-20', ongoing: false }],
    ['an ongoing term has no last day', { start: '2024-08-03', end: null }, { first: '2024-08-03', last: null, ongoing: true }],
    ['an unknown end falls back to the latest attested day', { start: '2021-03-22', attested: ['2026-02-25', '2023-01-01'] }, { first: '2021-03-22', last: '2026-02-25', ongoing: false }],
    ['an unknown start falls back to the earliest attested day', { attested: ['2024-05-16', '2023-02-17'] }, { first: '2023-02-17', last: '2024-05-16', ongoing: false }],
    ['no dates at all fix nothing', {}, { first: null, last: null, ongoing: false }],
    ['a start known by month counts from the month\'s last day, when it is certain', { start: '2026-04', end: null }, { first: '2026-04-30', last: null, ongoing: true }],
    ['a start known by year counts from 31 December', { start: '2021', end: '2024-01-01' }, { first: '2021-12-31', last: '2023-12-31', ongoing: false }],
    ['an attested day inside the start month is certain earlier', { start: '2026-04', attested: ['2026-04-10'], end: null }, { first: '2026-04-10', last: null, ongoing: true }],
    ['an end known by month ends the day before that month', { start: '2021-04-05', end: '2024-05' }, { first: '2021-04-05', last: '2024-04-30', ongoing: false }],
    ['an end crossing a month rolls back correctly', { start: '2024-01-01', end: '2024-03-01' }, { first: '2024-01-01', last: '2024-02-29', ongoing: false }],
  ])('%s', (_what, o, expected) => {
    expect(knownTerm(office(o))).toEqual(expected);
  });
});

describe('heldOn', () => {
  it('never matches an office whose start no source fixes', () => {
    expect(heldOn({ office: 'prime-minister', country: 'VN', end: null }, '2026-06-01')).toBe(false);
  });

  it('matches an office known by its start month only on days it certainly covers', () => {
    const president = { office: 'president', country: 'VN', start: '2026-04', end: null };
    expect(heldOn(president, '2026-04-15')).toBe(false);
    expect(heldOn(president, '2026-04-30')).toBe(true);
    expect(heldOn(president, '2026-11-23')).toBe(true);
  });

  it('matches an attested-only office on the attested day', () => {
    expect(heldOn({ office: 'party-office-chief', country: 'LA', attested: ['2023-02-17'] }, '2023-02-17')).toBe(true);
    expect(heldOn({ office: 'party-office-chief', country: 'LA', attested: ['2023-02-17'] }, '2023-02-18')).toBe(false);
  });
});

describe('termBoundsOnly', () => {
  const office = (o: Partial<Office>): Office => ({ office: 'prime-minister', country: 'KH', ...o });

  it('keeps the first and last attested day only', () => {
    expect(termBoundsOnly(office({ attested: ['2024-03-01', '2023-09-02', '2025-01-05', '2024-07-07'] }))).toEqual(office({ attested: ['2023-09-02', '2025-01-05'] }));
  });

  it('leaves an office with two attested days or fewer as it is', () => {
    const two = office({ attested: ['2024-03-01', '2023-09-02'] });
    expect(termBoundsOnly(two)).toBe(two);
  });

  // The corpus build reads articles again with a registry whose found people keep only these
  // days (src/corpus/corpus-merge.ts): every lookup must give what it gives with all of them.
  it.each<[string, Partial<Office>]>([
    ['attested only', { attested: ['2024-03-01', '2023-09-02', '2025-01-05', '2024-07-07'] }],
    ['a start and attested days', { start: '2022-01-01', attested: ['2024-03-01', '2021-06-02', '2025-01-05'] }],
    ['an end and attested days past it', { start: '2022-01-01', end: '2024-01-01', attested: ['2023-03-01', '2024-05-05', '2022-02-02'] }],
    ['an ongoing term', { start: '2024-01', end: null, attested: ['2024-01-10', '2025-05-05', '2024-11-11'] }],
  ])('gives knownTerm and heldOn the same answers as the whole office: %s', (_what, o) => {
    const whole = office(o);
    const bounds = termBoundsOnly(whole);
    expect(knownTerm(bounds)).toEqual(knownTerm(whole));
    for (const day of ['2021-06-01', '2021-06-02', '2023-09-02', '2024-01-01', '2024-06-30', '2025-01-05', '2025-01-06', '2026-01-01']) {
      expect(heldOn(bounds, day)).toBe(heldOn(whole, day));
    }
  });
});

describe('daysBefore', () => {
  it('counts back across month, leap-day and year ends', () => {
    expect(daysBefore('2024-03-01', 1)).toBe('2024-02-29');
    expect(daysBefore('2026-03-18', 90)).toBe('2025-12-18');
    expect(daysBefore('2025-01-01', 1)).toBe('2024-12-31');
  });
});
