// A small valid registry for tests to break one field at a time. A function, not a constant, so
// each test mutates its own copy.
export function smallRegistry() {
  return {
    version: 1,
    asOf: '2026-01-01',
    titles: {
      president: { vi: ['Chủ tịch nước'], en: ['President'] },
      'general-secretary': { vi: ['Tổng Bí thư'], en: ['General Secretary'] },
    },
    countries: {
      VN: { vi: ['Việt Nam'], en: ['Vietnam'] },
      LA: { vi: ['Lào'], en: ['Laos'] },
    },
    leaders: [
      {
        id: 'a',
        name: 'Tô Lâm',
        country: 'VN',
        forms: ['Tô Lâm', 'To Lam'],
        short: ['Lâm', 'Lam'],
        offices: [{ office: 'president', country: 'VN', start: '2021-01-01', end: '2022-01-01' }] as Record<string, unknown>[],
        sources: ['test'],
      } as Record<string, unknown>,
      {
        id: 'b',
        name: 'Thongloun Sisoulith',
        country: 'LA',
        forms: ['Thongloun Sisoulith'],
        short: ['Thongloun'],
        offices: [{ office: 'president', country: 'LA', start: '2021-03-22', end: null }] as Record<string, unknown>[],
        sources: ['test'],
      } as Record<string, unknown>,
    ],
  };
}
