import { describe, expect, it } from 'vitest';
import { pressHomeOf } from '../../src/corpus/press-home';
import { read, reading } from './stage-fixture';

const registry = {
  home: 'VN',
  leaders: [
    { offices: [{ country: 'VN' }] },
    { offices: [{ country: 'LA' }] },
    { offices: [{ country: 'GB' }] },
  ],
} as unknown as Parameters<typeof pressHomeOf>[1];

describe('pressHomeOf', () => {
  it.each([
    ['https://kpl.gov.la/EN/detail.aspx?id=95101', [], 'LA'],
    ['https://www.gov.uk/government/news/a', [], 'GB'],
    // A generic domain, a country the registry has no office-holder of, no address: the registry's home.
    ['https://www.bangkokpost.com/world/123', [], 'VN'],
    ['https://www.thestar.com.my/news/1', [], 'VN'],
    [undefined, [], 'VN'],
    ['not an address', [], 'VN'],
    // Vietnamese on a Vietnamese embassy's site abroad is Vietnam's press.
    ['https://vietnamembassy.org.la/a', ['VN'], 'VN'],
  ] as const)('%s (%j) → %s', (url, pressCountries, home) => {
    expect(pressHomeOf(url, registry, pressCountries)).toBe(home);
  });

  it('makes a bare title in a Lao site\'s English headline the Lao holder', () => {
    const article = (url: string) =>
      ` url ${url}\n date 2025-10-16\nPresident Receives Thai Prime Minister\nOn October 16, 2025, at the Presidential Palace, Mr. Thongloun Sisoulith, President of the Lao PDR, received a courtesy call from Mr. Anutin Charnvirakul, Prime Minister of the Kingdom of Thailand.\n`;
    const pairs = (url: string) => reading(read(article(url))).facts.meetings.map((m) => [...m.participants].sort().join(' '));
    expect(pairs('https://kpl.gov.la/EN/detail.aspx?id=1')).not.toContain('anutin-charnvirakul luong-cuong');
    expect(pairs('https://kpl.gov.la/EN/detail.aspx?id=1')).toContain('anutin-charnvirakul thongloun-sisoulith');
    // The same page on a generic domain: the bare title is the registry's home country's.
    expect(pairs('https://example.com/a')).toContain('anutin-charnvirakul luong-cuong');
  });
});
