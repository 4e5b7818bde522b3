import { describe, expect, it } from 'vitest';
import { leaderPageUrl, parseLeaderPageUrl } from '../../../src/ui/leader/leader-url';

describe('leaderPageUrl', () => {
  it('names the leader, and the pair, the day and the language when given', () => {
    expect(leaderPageUrl({ id: 'to-lam' }, 'leader.html')).toBe('leader.html?id=to-lam');
    expect(leaderPageUrl({ id: 'to-lam', with: 'vladimir-putin', date: '2025-05-09', lang: 'vi' }, 'leader.html')).toBe(
      'leader.html?id=to-lam&with=vladimir-putin&date=2025-05-09&lang=vi',
    );
  });

  it('defaults to the extension\'s own leader.html', () => {
    expect(leaderPageUrl({ id: 'to-lam' })).toMatch(/\/leader\.html\?id=to-lam$/);
  });
});

describe('parseLeaderPageUrl', () => {
  it('reads back what leaderPageUrl wrote', () => {
    expect(parseLeaderPageUrl('?id=to-lam&with=vladimir-putin&date=2025-05-09&lang=en')).toEqual({ id: 'to-lam', with: 'vladimir-putin', date: '2025-05-09', lang: 'en' });
  });

  it('drops what it cannot trust: a bad date, a pair with oneself, an unknown language', () => {
    expect(parseLeaderPageUrl('?id=to-lam&with=to-lam&date=9/5/2025&lang=fr')).toEqual({ id: 'to-lam', with: null, date: null, lang: null });
    expect(parseLeaderPageUrl('').id).toBeNull();
  });
});
