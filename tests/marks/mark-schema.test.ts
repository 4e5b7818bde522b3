import { describe, expect, it } from 'vitest';
import { readStoredMarks, wrongMarkSchema } from '../../src/marks/mark-schema';
import { MAX_MARKS } from '../../src/marks/mark-types';
import { meetingMark } from './mark-fixture';

describe('wrongMarkSchema', () => {
  it('accepts a mark as the background makes it', () => {
    expect(wrongMarkSchema.safeParse(meetingMark()).success).toBe(true);
  });

  it('drops fields it does not know (a newer build may add some) and keeps the rest', () => {
    const parsed = wrongMarkSchema.parse({ ...meetingMark(), note: 'from a newer build' });
    expect(parsed).toEqual(meetingMark());
  });

  it.each([
    ['an unknown kind', { kind: 'gossip' }],
    ['an empty id', { id: '' }],
    ['a time that is not ISO', { markedAt: 'yesterday' }],
    ['a huge id', { id: 'x'.repeat(201) }],
    ['no item', { item: undefined }],
  ])('refuses %s', (_what, change) => {
    expect(wrongMarkSchema.safeParse({ ...meetingMark(), ...change }).success).toBe(false);
  });
});

describe('readStoredMarks', () => {
  it('reads nothing stored as no marks, without a problem', () => {
    expect(readStoredMarks(undefined)).toEqual({ marks: [], problems: [] });
    expect(readStoredMarks(null)).toEqual({ marks: [], problems: [] });
  });

  it('reads a value that is not a list as no marks, and says so', () => {
    expect(readStoredMarks('oops')).toEqual({ marks: [], problems: ['expected a list of marks, got string; no marks were read'] });
    expect(readStoredMarks({ 0: meetingMark() }).marks).toEqual([]);
  });

  it('keeps the good entries of a list and leaves out the bad ones, naming the first problem', () => {
    const read = readStoredMarks([meetingMark(1), { kind: 'gossip' }, 42, meetingMark(2)]);
    expect(read.marks.map((m) => m.id)).toEqual(['m-1', 'm-2']);
    expect(read.problems).toEqual([expect.stringMatching(/^left out 2 invalid entries \(first: .+ at kind\)$/)]);
  });

  it('keeps an item once when it is listed twice (the first, newest, entry)', () => {
    const read = readStoredMarks([meetingMark(1), meetingMark(1, { markedAt: '2020-01-01T00:00:00.000Z' })]);
    expect(read.marks).toEqual([meetingMark(1)]);
    expect(read.problems).toEqual(['left out 1 repeated entry']);
  });

  it('tells a meeting and a quote of the same id apart', () => {
    const quote = { ...meetingMark(1), kind: 'quote' as const };
    expect(readStoredMarks([meetingMark(1), quote]).marks).toHaveLength(2);
  });

  it(`keeps at most ${MAX_MARKS} marks, the first (newest) ones`, () => {
    const many = Array.from({ length: MAX_MARKS + 3 }, (_, i) => meetingMark(i));
    const read = readStoredMarks(many);
    expect(read.marks).toHaveLength(MAX_MARKS);
    expect(read.marks.at(-1)!.id).toBe(`m-${MAX_MARKS - 1}`);
    expect(read.problems).toEqual([`kept the newest ${MAX_MARKS} of ${MAX_MARKS + 3} marks`]);
  });
});
