import { describe, expect, it, vi } from 'vitest';
import type { Card } from '../../src/lookup/card';
import { createCardCache } from '../../src/page/card-requests';

const cardOf = (id: string): Card => ({ leader: { id, name: id } }) as unknown as Card;

describe('createCardCache', () => {
  it('asks the background once per leader, date and page leaders, in any order of those leaders', async () => {
    const fetch = vi.fn(async (id: string) => cardOf(id));
    const cards = createCardCache(fetch);
    const a = await cards.get('to-lam', '2024-11-08', ['to-lam', 'vladimir-putin']);
    const b = await cards.get('to-lam', '2024-11-08', ['vladimir-putin', 'to-lam']);
    expect(b).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('asks again when the page leaders or the date differ (the order of meetings depends on them)', async () => {
    const fetch = vi.fn(async (id: string) => cardOf(id));
    const cards = createCardCache(fetch);
    await cards.get('to-lam', '2024-11-08', ['to-lam']);
    await cards.get('to-lam', '2024-11-08', ['to-lam', 'luong-cuong']);
    await cards.get('to-lam', null, ['to-lam']);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('shares one request between callers asking at the same time', async () => {
    const fetch = vi.fn(async (id: string) => cardOf(id));
    const cards = createCardCache(fetch);
    await Promise.all([cards.get('to-lam', null, []), cards.get('to-lam', null, [])]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failure: the next ask tries again (the worker may have been stopped mid-request)', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('gone')).mockResolvedValueOnce(cardOf('to-lam'));
    const cards = createCardCache(fetch);
    await expect(cards.get('to-lam', null, [])).rejects.toThrow('gone');
    expect((await cards.get('to-lam', null, []))?.leader.id).toBe('to-lam');
  });

  it('peeks at a card that arrived, without asking: undefined before, null for an unknown leader', async () => {
    const fetch = vi.fn(async (id: string) => (id === 'nobody' ? null : cardOf(id)));
    const cards = createCardCache(fetch);
    expect(cards.peek('to-lam', null, [])).toBeUndefined();
    await cards.get('to-lam', null, []);
    await cards.get('nobody', null, []);
    expect(cards.peek('to-lam', null, [])?.leader.id).toBe('to-lam');
    expect(cards.peek('nobody', null, [])).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('asks again for every card after clear (the reader\'s marks changed), and peeks at nothing meanwhile', async () => {
    const fetch = vi.fn(async (id: string) => cardOf(id));
    const cards = createCardCache(fetch);
    await cards.get('to-lam', null, []);
    await cards.get('luong-cuong', null, []);
    cards.clear();
    expect(cards.peek('to-lam', null, [])).toBeUndefined();
    await cards.get('to-lam', null, []);
    await cards.get('luong-cuong', null, []);
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('asks for the whole of a card it gave with the same leader, date and page leaders, once', async () => {
    const whole = cardOf('to-lam');
    const fetchFull = vi.fn(async () => whole);
    const cards = createCardCache(async (id) => cardOf(id), fetchFull);
    const brief = (await cards.get('to-lam', '2024-11-08', ['vladimir-putin', 'to-lam']))!;
    expect(await cards.full(brief)).toBe(whole);
    expect(await cards.full(brief)).toBe(whole);
    expect(fetchFull).toHaveBeenCalledTimes(1);
    expect(fetchFull).toHaveBeenCalledWith('to-lam', '2024-11-08', ['vladimir-putin', 'to-lam']);
  });

  it('does not keep a failed request for the whole card', async () => {
    const fetchFull = vi.fn().mockRejectedValueOnce(new Error('gone')).mockResolvedValueOnce(cardOf('to-lam'));
    const cards = createCardCache(async (id) => cardOf(id), fetchFull);
    const brief = (await cards.get('to-lam', null, []))!;
    await expect(cards.full(brief)).rejects.toThrow('gone');
    expect((await cards.full(brief))?.leader.id).toBe('to-lam');
  });

  it('refuses a card it did not give, or without a way to ask', async () => {
    const cards = createCardCache(async (id) => cardOf(id), async () => cardOf('x'));
    await expect(cards.full(cardOf('to-lam'))).rejects.toThrow(/no way to ask/);
    const without = createCardCache(async (id) => cardOf(id));
    await expect(without.full((await without.get('to-lam', null, []))!)).rejects.toThrow(/no way to ask/);
  });
});
