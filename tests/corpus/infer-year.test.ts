import { describe, expect, it } from 'vitest';
import { inferYear, titledBeforeOffice, titlesContradict } from '../../src/corpus/infer-year';
import type { Registry } from '../../src/registry';
import { registry } from './registry-fixture';

const lc = [{ leaderId: 'luong-cuong', offices: ['president'], country: null }];

describe('inferYear', () => {
  it('takes the first possible year when the article says the office is new', () => {
    expect(inferYear(registry, lc, true, '2026-11-23')(11, 8)?.year).toBe(2024);
  });

  it('gives no year for a new holder whose office was new to them in more than one term', () => {
    // A foreign minister twice (2011–2016, 2021–2023), called newly appointed on February 24: in
    // the first year of either term, so no year can be told.
    const twice = {
      ...registry,
      leaders: [
        ...registry.leaders,
        {
          id: 'twice',
          name: 'Twice Minister',
          country: 'LA',
          forms: ['Twice Minister'],
          short: [],
          offices: [
            { office: 'foreign-minister', country: 'LA', start: '2011-03-30', end: '2016-03-30' },
            { office: 'foreign-minister', country: 'LA', start: '2021-02-01', end: '2023-02-01' },
          ],
          sources: ['constructed'],
        },
      ],
    } as Registry;
    const titled = [{ leaderId: 'twice', offices: ['foreign-minister'], country: 'LA' }];
    expect(inferYear(twice, titled, true, '2026-11-23')(2, 24)).toBeNull();
    // With one term's start alone known, the year is that term's first.
    const once = { ...twice, leaders: twice.leaders.map((l) => (l.id === 'twice' ? { ...l, offices: [{ office: 'foreign-minister', country: 'LA', start: '2021-02-01', end: '2023-02-01' }] } : l)) } as Registry;
    expect(inferYear(once, titled, true, '2026-11-23')(6, 1)?.year).toBe(2021);
  });

  it('gives no year when several are possible and nothing says which', () => {
    expect(inferYear(registry, lc, false, '2026-11-23')(11, 8)).toBeNull();
  });

  it('gives the only year in which every titled name was true', () => {
    // Nguyễn Phú Trọng as General Secretary and Tô Lâm as President overlap only in 2024.
    const titled = [
      { leaderId: 'nguyen-phu-trong', offices: ['general-secretary'], country: null },
      { leaderId: 'to-lam', offices: ['president'], country: null },
    ];
    expect(inferYear(registry, titled, false, '2026-11-23')(6, 20)?.year).toBe(2024);
  });

  it('does not count out a year after the last attested day of a term whose end no source gives', () => {
    // A governor-general from July 2024, the end left out, last attested in May 2025: 10 September
    // may be 2024 or 2025, so no year; with the end known (June 2025), only 2024 is left.
    const withGovernor = (end?: string) =>
      ({
        ...registry,
        leaders: [
          ...registry.leaders,
          {
            id: 'open-ended',
            name: 'Open Ended',
            country: 'AU',
            forms: ['Open Ended'],
            short: [],
            offices: [{ office: 'governor-general', country: 'AU', start: '2024-07-01', attested: ['2025-05-13'], ...(end ? { end } : {}) }],
            sources: ['constructed'],
          },
        ],
      }) as Registry;
    const titled = [{ leaderId: 'open-ended', offices: ['governor-general'], country: 'AU' }];
    expect(inferYear(withGovernor(), titled, false, '2026-11-23')(9, 10)).toBeNull();
    expect(inferYear(withGovernor('2025-06-01'), titled, false, '2026-11-23')(9, 10)?.year).toBe(2024);
  });

  it('never gives a day after "latest"', () => {
    expect(inferYear(registry, lc, true, '2024-11-01')(11, 8)).toBeNull();
  });

  it('gives nothing without titled names', () => {
    expect(inferYear(registry, [], true, '2026-11-23')(11, 8)).toBeNull();
  });
});

describe('titlesContradict', () => {
  // Nguyễn Phú Trọng was President from 2018-10-23 to 2021-04-02 (an end the sources give).
  const trongPresident = [{ leaderId: 'nguyen-phu-trong', offices: ['president'], country: 'VN' }];

  it('refutes a day years after the only titled name left that office', () => {
    expect(titlesContradict(registry, trongPresident, '2026-03-18')).toMatch(/nguyen-phu-trong did not hold president on 2026-03-18/);
  });

  it('refutes a day before the term began', () => {
    expect(titlesContradict(registry, trongPresident, '2017-05-01')).not.toBeNull();
  });

  it('lets a title outlive its term by a few weeks: a report just after the hand-over', () => {
    expect(titlesContradict(registry, trongPresident, '2021-05-15')).toBeNull();
    expect(titlesContradict(registry, trongPresident, '2020-06-01')).toBeNull();
  });

  it('is satisfied when any titled name held its office on that day', () => {
    const both = [...trongPresident, { leaderId: 'luong-cuong', offices: ['president'], country: 'VN' }];
    expect(titlesContradict(registry, both, '2026-03-18')).toBeNull();
  });

  it('lets the lead\'s own actor, out of office then, refute a stamp another titled name would keep', () => {
    const both = [{ ...trongPresident[0]!, inLead: true }, { leaderId: 'luong-cuong', offices: ['president'], country: 'VN' }];
    expect(titlesContradict(registry, both, '2026-03-18', true)).toMatch(/nguyen-phu-trong did not hold president/);
    // Not for an address (the page's own filing day: leadDecides false), nor for a name outside the lead.
    expect(titlesContradict(registry, both, '2026-03-18')).toBeNull();
    expect(titlesContradict(registry, [trongPresident[0]!, both[1]!], '2026-03-18', true)).toBeNull();
  });

  it('says nothing for terms the sources leave open on one side, or known only from attested days', () => {
    const leaderOf = (office: Registry['leaders'][number]['offices'][number]): Registry => ({
      ...registry,
      leaders: [...registry.leaders, { ...registry.leaders[0]!, id: 'someone-new', offices: [office] }],
    });
    const titled = [{ leaderId: 'someone-new', offices: ['president'], country: 'VN' }];
    expect(titlesContradict(leaderOf({ office: 'president', country: 'VN', end: '2019-01-01' }), titled, '2026-03-18')).toBeNull();
    expect(titlesContradict(leaderOf({ office: 'president', country: 'VN', attested: ['2019-01-01'] }), titled, '2026-03-18')).toBeNull();
    expect(titlesContradict(leaderOf({ office: 'president', country: 'VN', start: '2010-01-01', end: '2019-01-01' }), titled, '2026-03-18')).not.toBeNull();
  });

  it('says nothing without titled names', () => {
    expect(titlesContradict(registry, [], '2026-03-18')).toBeNull();
  });
});

describe('titledBeforeOffice', () => {
  const chinh = [{ leaderId: 'pham-minh-chinh', offices: ['prime-minister'], country: 'VN' }];

  it('refutes a day before the start of every term of a titled office', () => {
    expect(titledBeforeOffice(registry, chinh, '2019-02-01')).toBe('pham-minh-chinh took prime-minister only after 2019-02-01');
    expect(titledBeforeOffice(registry, lc, '2023-11-08')).toBe('luong-cuong took president only after 2023-11-08');
  });

  it('is satisfied from the first day of the office on', () => {
    expect(titledBeforeOffice(registry, chinh, '2021-04-05')).toBeNull();
    expect(titledBeforeOffice(registry, lc, '2024-11-08')).toBeNull();
  });

  it('is satisfied by an earlier term of the same office ("President Putin" in 2005)', () => {
    expect(titledBeforeOffice(registry, [{ leaderId: 'vladimir-putin', offices: ['president'], country: null }], '2005-06-01')).toBeNull();
  });

  it('says nothing when a term of the office has no start, or for people the registry does not hold', () => {
    // Tô Lâm's second term as President has no start in the fixture.
    expect(titledBeforeOffice(registry, [{ leaderId: 'to-lam', offices: ['president'], country: null }], '2020-01-01')).toBeNull();
    expect(titledBeforeOffice(registry, [{ leaderId: 'nobody', offices: ['president'], country: null }], '2020-01-01')).toBeNull();
    expect(titledBeforeOffice(registry, [], '2020-01-01')).toBeNull();
  });
});
