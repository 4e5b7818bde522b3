import { describe, expect, it } from 'vitest';
import { INDEX_FORMAT_VERSION } from '../../src/index-data/format';
import { indexStamp, markFromIndex } from '../../src/marks/mark-from-index';
import { wrongMarkSchema } from '../../src/marks/mark-schema';
import { MAX_MARK_SOURCES } from '../../src/marks/mark-types';
import { loadFixtureIndex } from '../index-data/fixture-build';

const index = loadFixtureIndex();
const context = { at: new Date('2026-03-04T05:06:07.000Z'), extensionVersion: '0.1.0' };

describe('indexStamp', () => {
  it('names the index format, the registry day and the extension version', () => {
    expect(indexStamp(index, '0.1.0')).toEqual({ formatVersion: INDEX_FORMAT_VERSION, registryAsOf: index.registryAsOf, extensionVersion: '0.1.0' });
  });

  it('says what it does not know when there is no index', () => {
    expect(indexStamp(null, '0.1.0')).toEqual({ formatVersion: 0, registryAsOf: null, extensionVersion: '0.1.0' });
  });
});

describe('markFromIndex', () => {
  it('copies a meeting with what a corpus maintainer needs to find it again', () => {
    const mark = markFromIndex(index, { kind: 'meeting', itemId: 'm-laos-2024', leaderId: 'to-lam' }, context);
    expect(mark).toEqual({
      kind: 'meeting',
      id: 'm-laos-2024',
      leaderId: 'to-lam',
      leaderName: 'Tô Lâm',
      markedAt: '2026-03-04T05:06:07.000Z',
      index: { formatVersion: INDEX_FORMAT_VERSION, registryAsOf: index.registryAsOf, extensionVersion: '0.1.0' },
      item: {
        date: '2024-11-08',
        people: [{ id: 'to-lam', name: 'Tô Lâm' }, { id: 'thongloun-sisoulith', name: 'Thongloun Sisoulith' }],
        itemKind: 'talks',
        place: 'Hà Nội',
        text: null,
        sources: [{
          articleId: 'a-laos',
          file: 'laos.txt',
          title: 'Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào',
          date: '2024-11-08',
          evidence: 'Chiều 8/11, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.',
        }],
        sourceCount: 1,
      },
    });
    expect(wrongMarkSchema.safeParse(mark).success).toBe(true);
  });

  it('copies a quote with its text, speakers and sentence', () => {
    const mark = markFromIndex(index, { kind: 'quote', itemId: 'q-joint', leaderId: 'thongloun-sisoulith' }, context)!;
    expect(mark.leaderName).toBe('Thongloun Sisoulith');
    expect(mark.item).toMatchObject({
      date: '2024-11-08',
      itemKind: 'joint',
      place: null,
      text: 'nhất trí tăng cường kết nối hai nền kinh tế',
      people: [{ id: 'to-lam', name: 'Tô Lâm' }, { id: 'thongloun-sisoulith', name: 'Thongloun Sisoulith' }],
      sources: [{ articleId: 'a-laos', file: 'laos.txt', evidence: 'Hai nhà lãnh đạo nhất trí tăng cường kết nối hai nền kinh tế.' }],
      sourceCount: 1,
    });
    expect(wrongMarkSchema.safeParse(mark).success).toBe(true);
  });

  it(`keeps the first ${MAX_MARK_SOURCES} sources of a meeting told by many articles, and says how many there were`, () => {
    const meeting = index.meetings['m-laos-2024']!;
    const many = { ...meeting, sources: Array.from({ length: 5 }, (_, i) => ({ ...meeting.sources[0]!, evidence: `Câu ${i}.` })) };
    const mark = markFromIndex({ ...index, meetings: { ...index.meetings, 'm-laos-2024': many } }, { kind: 'meeting', itemId: 'm-laos-2024', leaderId: 'to-lam' }, context)!;
    expect(mark.item.sources.map((s) => s.evidence)).toEqual(['Câu 0.', 'Câu 1.', 'Câu 2.']);
    expect(mark.item.sourceCount).toBe(5);
  });

  it.each([
    ['a leader the index does not know', { kind: 'meeting', itemId: 'm-laos-2024', leaderId: 'nobody' }],
    ['an item the index does not know', { kind: 'meeting', itemId: 'm-nothing', leaderId: 'to-lam' }],
    ['an item that is not on that leader\'s card', { kind: 'meeting', itemId: 'm-trong-putin', leaderId: 'to-lam' }],
    ['a quote id sent as a meeting', { kind: 'meeting', itemId: 'q-direct', leaderId: 'to-lam' }],
    ['an inherited name', { kind: 'quote', itemId: 'constructor', leaderId: '__proto__' }],
  ] as const)('marks nothing for %s', (_what, target) => {
    expect(markFromIndex(index, target, context)).toBeNull();
  });
});
