import { describe, expect, it, vi } from 'vitest';
import { MAX_QUERY_LENGTH, POPUP_RESULT_LIMIT, searchInBackground, type SendSearch } from '../../src/popup/search-in-background';

const empty = { leaders: [], meetings: [], quotes: [] };

describe('searchInBackground', () => {
  it('asks the background with the trimmed query and the popup limit', async () => {
    const send = vi.fn(async () => empty);
    await searchInBackground('  to lam ', new AbortController().signal, send);
    expect(send).toHaveBeenCalledWith({ type: 'search', query: 'to lam', limit: POPUP_RESULT_LIMIT });
  });

  it('answers an empty query without a message', async () => {
    const send = vi.fn(async () => empty);
    expect(await searchInBackground('   ', new AbortController().signal, send)).toEqual(empty);
    expect(send).not.toHaveBeenCalled();
  });

  it('sends nothing once aborted', async () => {
    const send = vi.fn(async () => empty);
    const controller = new AbortController();
    controller.abort();
    await expect(searchInBackground('to lam', controller.signal, send)).rejects.toMatchObject({ name: 'AbortError' });
    expect(send).not.toHaveBeenCalled();
  });

  it('cuts a query longer than the protocol accepts', async () => {
    const send = vi.fn<SendSearch>(async () => empty);
    await searchInBackground('a'.repeat(MAX_QUERY_LENGTH + 50), new AbortController().signal, send);
    expect(send.mock.calls[0]?.[0].query).toHaveLength(MAX_QUERY_LENGTH);
  });
});
