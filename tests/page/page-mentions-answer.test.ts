import { describe, expect, it } from 'vitest';
import type { PageMention } from '../../src/page/gate-mentions';
import { leaderIdsOf, pageMentionsAnswer } from '../../src/page/page-mentions-answer';

const mention = (leaderId: string, text: string, short = false): PageMention =>
  ({ leaderId, text, short, found: {} }) as unknown as PageMention;

const names = new Map([['to-lam', 'Tô Lâm'], ['vladimir-putin', 'Vladimir Putin']]);

describe('pageMentionsAnswer', () => {
  it('lists each occurrence in order, named as the registry writes it and as the page writes it', () => {
    const answer = pageMentionsAnswer('https://a.vn/x', '2024-11-08', [mention('to-lam', 'To Lam'), mention('vladimir-putin', 'Putin', true), mention('to-lam', 'Tô Lâm')], (id) => names.get(id), true);
    expect(answer).toEqual({
      url: 'https://a.vn/x',
      published: '2024-11-08',
      mentions: [
        { leaderId: 'to-lam', name: 'Tô Lâm', text: 'To Lam', short: false },
        { leaderId: 'vladimir-putin', name: 'Vladimir Putin', text: 'Putin', short: true },
        { leaderId: 'to-lam', name: 'Tô Lâm', text: 'Tô Lâm', short: false },
      ],
      complete: true,
    });
  });

  it('names a leader it has no name for by the id, so the mention still counts', () => {
    const answer = pageMentionsAnswer('u', null, [mention('unknown-id', 'X')], () => undefined, false);
    expect(answer.mentions[0]?.name).toBe('unknown-id');
  });

  it('passes an unknown date and an incomplete scan through', () => {
    const answer = pageMentionsAnswer('u', null, [], () => undefined, false);
    expect(answer).toEqual({ url: 'u', published: null, mentions: [], complete: false });
  });
});

describe('leaderIdsOf', () => {
  it('gives each leader once, in order of first appearance', () => {
    expect(leaderIdsOf([mention('b', 'B'), mention('a', 'A'), mention('b', 'B')])).toEqual(['b', 'a']);
  });

  it('is empty for no mentions', () => {
    expect(leaderIdsOf([])).toEqual([]);
  });
});
