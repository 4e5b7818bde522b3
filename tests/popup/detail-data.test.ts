import { describe, expect, it } from 'vitest';
import { cardFor } from '../../src/lookup/card';
import { search } from '../../src/lookup/search';
import { loadLeaderCard, loadMeetingDetail, loadQuoteDetail, type SendGetCard } from '../../src/popup/detail-data';
import { loadFixtureIndex } from '../index-data/fixture-build';

const index = loadFixtureIndex();
const requests: unknown[] = [];
const send: SendGetCard = async (request) => {
  requests.push(request);
  return cardFor(index, request.leaderId, request.pageDate, request.pageLeaderIds, { today: '2026-01-01' });
};

describe('loadMeetingDetail', () => {
  it('finds every source of a meeting, whatever its date', async () => {
    const hit = search(index, 'moskva').meetings.find((m) => m.id === 'm-moscow-2025') ?? search(index, 'putin').meetings[0]!;
    const detail = await loadMeetingDetail(send, hit);
    expect(detail?.meeting.id).toBe(hit.id);
    expect(detail?.meeting.sources.length).toBeGreaterThan(0);
    expect(detail?.meeting.sources[0]).toHaveProperty('articleTitle');
  });

  it('answers null for a meeting the index no longer has', async () => {
    const hit = { ...search(index, 'putin').meetings[0]!, id: 'm-gone' };
    expect(await loadMeetingDetail(send, hit)).toBeNull();
  });
});

describe('loadQuoteDetail', () => {
  it('finds the source of a quote', async () => {
    const hit = Object.values(index.quotes)[0]!;
    const quoteHit = search(index, hit.text.split(' ').slice(0, 4).join(' ')).quotes.find((q) => q.id === hit.id)!;
    const detail = await loadQuoteDetail(send, quoteHit);
    expect(detail?.quote.source.articleId).toBe(hit.articleId);
  });
});

describe('loadLeaderCard', () => {
  it('asks for the card as of the page date, with the page’s leaders', async () => {
    requests.length = 0;
    const card = await loadLeaderCard(send, 'to-lam', '2025-01-01', ['vladimir-putin']);
    expect(card?.leader.id).toBe('to-lam');
    expect(requests).toEqual([{ type: 'get-card', leaderId: 'to-lam', pageDate: '2025-01-01', pageLeaderIds: ['vladimir-putin'] }]);
  });
});
