import type { WrongMark } from '../../src/marks/mark-types';

/** A valid stored mark of a meeting (`n` makes its id and time distinct). */
export function meetingMark(n = 1, overrides: Partial<WrongMark> = {}): WrongMark {
  return {
    kind: 'meeting',
    id: `m-${n}`,
    leaderId: 'to-lam',
    leaderName: 'Tô Lâm',
    markedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n % 60, Math.floor(n / 60))).toISOString(),
    index: { formatVersion: 2, registryAsOf: '2026-11-23', extensionVersion: '0.1.0' },
    item: {
      date: '2024-11-08',
      people: [{ id: 'to-lam', name: 'Tô Lâm' }, { id: 'thongloun-sisoulith', name: 'Thongloun Sisoulith' }],
      itemKind: 'talks',
      place: 'Hà Nội',
      text: null,
      sources: [{ articleId: 'a-laos', file: 'laos.txt', title: 'Tô Lâm hội đàm', date: '2024-11-08', evidence: 'Chiều 8/11, hai bên hội đàm.' }],
      sourceCount: 1,
    },
    ...overrides,
  };
}
