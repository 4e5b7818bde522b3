import { describe, expect, it } from 'vitest';
import { describeMark, excerpt } from '../../../src/marks/ui/mark-text';
import { meetingMark } from '../mark-fixture';

describe('describeMark', () => {
  it('says what a meeting mark is, in English', () => {
    const text = describeMark(meetingMark(1), 'en');
    expect(text.facts).toEqual(['Meeting', 'talks', '8 Nov 2024', 'from the card of Tô Lâm']);
    expect(text.with).toBe('with Thongloun Sisoulith');
    expect(text.text).toBeNull();
    expect(text.evidence).toBe('Chiều 8/11, hai bên hội đàm.');
    expect(text.article).toBe('Article: Tô Lâm hội đàm (laos.txt)');
    expect(text.moreSources).toBeNull();
    expect(text.markedAt).toMatch(/^Marked on \d{1,2} Jan 2026$/);
    expect(text.undoLabel).toBe('Undo: Meeting, talks, 8 Nov 2024, Tô Lâm');
  });

  it('says it in Vietnamese', () => {
    const text = describeMark(meetingMark(1), 'vi');
    expect(text.facts[0]).toBe('Cuộc gặp');
    expect(text.facts[3]).toBe('trên thẻ của Tô Lâm');
    expect(text.undoLabel.startsWith('Hoàn tác: ')).toBe(true);
  });

  it('gives a quote its kind, its words, and "undated" for no date', () => {
    const mark = meetingMark(1, { kind: 'quote' });
    const quote = { ...mark, item: { ...mark.item, itemKind: 'direct', date: null, text: 'Chúng ta là bạn', place: null, people: [{ id: 'to-lam', name: 'Tô Lâm' }] } };
    const text = describeMark(quote, 'en');
    expect(text.facts).toEqual(['Quote', 'direct quote', 'undated', 'from the card of Tô Lâm']);
    expect(text.text).toBe('Chúng ta là bạn');
    expect(text.with).toBeNull();
  });

  it('shows a kind this build does not know as stored, and counts the sources it did not keep', () => {
    const mark = meetingMark(1);
    const text = describeMark({ ...mark, item: { ...mark.item, itemKind: 'banquet', sourceCount: 4 } }, 'en');
    expect(text.facts[1]).toBe('banquet');
    expect(text.moreSources).toBe('and 3 more articles');
  });
});

describe('excerpt', () => {
  it('leaves a short text as it is', () => {
    expect(excerpt('Hai bên hội đàm.', 40)).toBe('Hai bên hội đàm.');
  });

  it('cuts a long text at a word, with an ellipsis, within the length', () => {
    const cut = excerpt('Chiều 8/11, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư Lào.', 20);
    expect(cut).toBe('Chiều 8/11, Tổng Bí…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it('cuts a text without spaces where it must', () => {
    expect(excerpt('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('cuts in the middle of a word back to the word before', () => {
    expect(excerpt('Chiều 8/11, Tổng Bí thư Tô Lâm hội đàm.', 19)).toBe('Chiều 8/11, Tổng…');
  });
});
