import { describe, expect, it, vi } from 'vitest';
import { savePageFromPopup, type SaveServices } from '../../src/popup/save-page';
import type { SaveOutcome } from '../../src/saved/save-article';

const TAB = { id: 4, url: 'https://vnexpress.net/a.html' };
const services = (outcome: SaveOutcome | Error, found: Awaited<ReturnType<SaveServices['findSaved']>> = { saved: null, interrupted: null }) => ({
  savePage: vi.fn(async () => {
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }),
  findSaved: vi.fn(async () => found),
  dismissInterrupted: vi.fn(async () => true),
});

describe('savePageFromPopup', () => {
  it('says "saved" with the counts', async () => {
    const s = services({ status: 'saved', id: 'saved-1', title: 'Bài', meetings: 1, quotes: 3, timings: { engineLoad: 0, engine: 1, match: 0, store: 1 } });
    expect(await savePageFromPopup(s, TAB)).toEqual({ status: 'saved', key: 'popup_saved', subs: [1, 3] });
    expect(s.savePage).toHaveBeenCalledWith(4);
  });

  it('says "already-saved" with the title it was saved as', async () => {
    expect(await savePageFromPopup(services({ status: 'already-saved', id: 'saved-1', title: 'Bài', by: 'url' }), TAB)).toEqual({ status: 'already-saved', key: 'popup_alreadySaved', subs: ['Bài'] });
  });

  it('says "failed" with the reason, in the words for its kind', async () => {
    expect(await savePageFromPopup(services({ status: 'failed', code: 'no-article', reason: 'reader mode found no article' }), TAB)).toEqual({
      status: 'failed',
      key: 'popup_saveFailed_no_article',
      subs: ['reader mode found no article'],
    });
  });

  it('after a lost answer, says the article was kept whole when the background has it', async () => {
    const s = services(new Error('The message port closed before a response was received.'), { saved: { id: 'saved-1', title: 'Bài' }, interrupted: null });
    expect(await savePageFromPopup(s, TAB)).toEqual({ status: 'saved', key: 'popup_saveInterruptedButKept', subs: ['Bài'] });
    expect(s.findSaved).toHaveBeenCalledWith(TAB.url);
  });

  it('after a lost answer, says the save was cut off and nothing kept, and forgets the marker once said', async () => {
    const s = services(new Error('closed'), { saved: null, interrupted: { id: 'vnexpress.net/a.html', title: 'Bài', url: TAB.url, startedAt: '' } });
    expect(await savePageFromPopup(s, TAB)).toEqual({ status: 'failed', key: 'popup_saveFailed_interrupted', subs: [] });
    expect(s.dismissInterrupted).toHaveBeenCalledWith('vnexpress.net/a.html');
  });

  it('says it was cut off when even the question after fails', async () => {
    const s = { ...services(new Error('closed')), findSaved: vi.fn(() => Promise.reject(new Error('no worker'))) };
    expect((await savePageFromPopup(s, TAB)).key).toBe('popup_saveFailed_interrupted');
  });
});
