import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundMarks, leftOutBy, type MarksStore } from '../../src/marks/background-marks';
import { addMark, loadMarks, removeMark } from '../../src/marks/marks-store';
import { MARKS_STORAGE_KEY } from '../../src/marks/marks-storage-key';
import { meetingMark } from './mark-fixture';

const ids = async (marks: ReturnType<typeof createBackgroundMarks>) => {
  const { meetings, quotes } = await marks.leftOut();
  return { meetings: [...meetings].sort(), quotes: [...quotes].sort() };
};

describe('leftOutBy', () => {
  it('sorts the marked ids by kind', () => {
    const left = leftOutBy([meetingMark(1), { ...meetingMark(2), kind: 'quote' }]);
    expect([...left.meetings]).toEqual(['m-1']);
    expect([...left.quotes]).toEqual(['m-2']);
  });
});

describe('createBackgroundMarks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the stored marks once, then answers from memory', async () => {
    const store: MarksStore = { load: vi.fn(loadMarks), add: addMark, remove: removeMark };
    await addMark(meetingMark(1));
    const marks = createBackgroundMarks(store, fakeBrowser.storage.onChanged);
    expect(await ids(marks)).toEqual({ meetings: ['m-1'], quotes: [] });
    await marks.leftOut();
    expect(store.load).toHaveBeenCalledTimes(1);
  });

  it('forgets its memory after its own writes, so the next card leaves the new mark out', async () => {
    const marks = createBackgroundMarks(undefined, { addListener: () => undefined });
    expect(await ids(marks)).toEqual({ meetings: [], quotes: [] });
    expect(await marks.add(meetingMark(1))).toEqual({ ok: true, changed: true });
    expect(await ids(marks)).toEqual({ meetings: ['m-1'], quotes: [] });
    await marks.remove('meeting', 'm-1');
    expect(await ids(marks)).toEqual({ meetings: [], quotes: [] });
  });

  it('forgets its memory when another page changes the marks (the options page\'s Undo)', async () => {
    await addMark(meetingMark(1));
    const marks = createBackgroundMarks(undefined, fakeBrowser.storage.onChanged);
    expect(await ids(marks)).toEqual({ meetings: ['m-1'], quotes: [] });
    await removeMark('meeting', 'm-1'); // as the options page does, straight to storage
    expect(await ids(marks)).toEqual({ meetings: [], quotes: [] });
  });

  it('ignores changes of other keys and areas', async () => {
    const store: MarksStore = { load: vi.fn(loadMarks), add: addMark, remove: removeMark };
    const marks = createBackgroundMarks(store, fakeBrowser.storage.onChanged);
    await marks.leftOut();
    await fakeBrowser.storage.sync.set({ [MARKS_STORAGE_KEY]: ['not here'] });
    await fakeBrowser.storage.local.set({ 'other.key': 1 });
    await marks.leftOut();
    expect(store.load).toHaveBeenCalledTimes(1);
  });
});
