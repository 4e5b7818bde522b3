import { describe, expect, it, vi } from 'vitest';
import { askPageMentions, countMentions, watchPageMentions, type SendToTab } from '../../src/popup/page-mentions';

const mention = (leaderId: string, name: string, short = false) => ({ leaderId, name, text: name, short });
const answer = (mentions: ReturnType<typeof mention>[], complete = true) => ({ url: 'https://a.vn/x', published: null, mentions, complete });

describe('askPageMentions', () => {
  it('sends page-mentions to the top frame of the tab', async () => {
    const send = vi.fn<SendToTab>(async () => answer([]));
    await askPageMentions(send, 12);
    expect(send).toHaveBeenCalledWith(12, { type: 'page-mentions' }, { frameId: 0 });
  });

  it('refuses an answer of another shape, or none', async () => {
    await expect(askPageMentions(async () => undefined, 1)).rejects.toThrow(/did not answer/);
    await expect(askPageMentions(async () => ({ url: 'x', mentions: 'nope' }), 1)).rejects.toThrow(/did not answer/);
  });

  it('passes on the browser’s error when no content script listens', async () => {
    await expect(
      askPageMentions(async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }, 1),
    ).rejects.toThrow(/Receiving end/);
  });
});

describe('countMentions', () => {
  it('counts each leader, most named first, ties in order of first appearance', () => {
    const rows = countMentions([
      mention('a', 'A'),
      mention('b', 'B'),
      mention('c', 'C'),
      mention('b', 'B', true),
      mention('c', 'C'),
    ]);
    expect(rows).toEqual([
      { leaderId: 'b', name: 'B', count: 2 },
      { leaderId: 'c', name: 'C', count: 2 },
      { leaderId: 'a', name: 'A', count: 1 },
    ]);
  });
});

describe('watchPageMentions', () => {
  it('asks again while the page is still being scanned, reporting each answer', async () => {
    const answers = [answer([mention('a', 'A')], false), answer([mention('a', 'A'), mention('b', 'B')], true)];
    const send = vi.fn<SendToTab>(async () => answers.shift());
    const seen: number[] = [];
    const last = await watchPageMentions(send, 1, (a) => seen.push(a.mentions.length), { intervalMs: 1 });
    expect(seen).toEqual([1, 2]);
    expect(last.complete).toBe(true);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('stops after maxAsks for a page that never completes', async () => {
    const send = vi.fn<SendToTab>(async () => answer([], false));
    await watchPageMentions(send, 1, () => {}, { intervalMs: 1, maxAsks: 3 });
    expect(send).toHaveBeenCalledTimes(3);
  });
});
