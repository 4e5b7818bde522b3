import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_MARKS } from '../../src/marks/mark-types';
import { addMark, loadMarks, MARKS_LOCK, removeMark } from '../../src/marks/marks-store';
import { MARKS_STORAGE_KEY } from '../../src/marks/marks-storage-key';
import { meetingMark } from './mark-fixture';

const stored = async (): Promise<unknown> => (await fakeBrowser.storage.local.get(MARKS_STORAGE_KEY))[MARKS_STORAGE_KEY];

describe('the marks store', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  describe('loadMarks', () => {
    it('has no marks on a fresh install, and writes nothing', async () => {
      expect(await loadMarks()).toEqual({ marks: [], problems: [] });
      expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    });

    it('keeps the marks in storage.local only, never in sync', async () => {
      await addMark(meetingMark(1));
      expect(await stored()).toEqual([meetingMark(1)]);
      expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    });

    it('reads a corrupt stored value without throwing: the good marks, the problem, one warning', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await fakeBrowser.storage.local.set({ [MARKS_STORAGE_KEY]: [meetingMark(1), { kind: 'meeting', id: 7 }] });
      const first = await loadMarks();
      expect(first.marks).toEqual([meetingMark(1)]);
      expect(first.problems).toEqual([expect.stringContaining('left out 1 invalid entry')]);
      await loadMarks();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatch(/^leaderlens marks: left out 1 invalid entry/);
    });

    it('reads no marks, with the reason, when storage itself fails', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('Extension context invalidated.'));
      expect(await loadMarks()).toEqual({ marks: [], problems: ['storage failed: Extension context invalidated.'] });
    });
  });

  describe('addMark', () => {
    it('puts the newest mark first', async () => {
      await addMark(meetingMark(1));
      await addMark(meetingMark(2));
      expect((await loadMarks()).marks.map((m) => m.id)).toEqual(['m-2', 'm-1']);
    });

    it('changes nothing when the item is already marked', async () => {
      expect(await addMark(meetingMark(1))).toEqual({ ok: true, changed: true });
      expect(await addMark(meetingMark(1, { leaderId: 'thongloun-sisoulith' }))).toEqual({ ok: true, changed: false });
      expect(await stored()).toEqual([meetingMark(1)]);
    });

    it('repairs a corrupt stored list as it writes: the bad entries are gone', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await fakeBrowser.storage.local.set({ [MARKS_STORAGE_KEY]: [meetingMark(1), 'junk', meetingMark(1)] });
      await addMark(meetingMark(2));
      expect(await stored()).toEqual([meetingMark(2), meetingMark(1)]);
    });

    it('replaces a stored value that is not a list at all', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await fakeBrowser.storage.local.set({ [MARKS_STORAGE_KEY]: { broken: true } });
      expect(await addMark(meetingMark(1))).toEqual({ ok: true, changed: true });
      expect(await stored()).toEqual([meetingMark(1)]);
    });

    it(`refuses a mark once ${MAX_MARKS} are kept, and drops none of them`, async () => {
      const full = Array.from({ length: MAX_MARKS }, (_, i) => meetingMark(i));
      await fakeBrowser.storage.local.set({ [MARKS_STORAGE_KEY]: full });
      expect(await addMark(meetingMark(MAX_MARKS))).toEqual({ ok: false, code: 'full', reason: `${MAX_MARKS} marks are kept already; undo some to mark more` });
      expect(await stored()).toHaveLength(MAX_MARKS);
      // Undoing one makes room again.
      await removeMark('meeting', 'm-0');
      expect(await addMark(meetingMark(MAX_MARKS))).toEqual({ ok: true, changed: true });
    });

    it('reports the browser\'s refusal and keeps the stored marks', async () => {
      await addMark(meetingMark(1));
      vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
      expect(await addMark(meetingMark(2))).toEqual({ ok: false, code: 'storage-error', reason: 'QUOTA_BYTES quota exceeded' });
      vi.mocked(fakeBrowser.storage.local.set).mockRestore();
      expect((await loadMarks()).marks).toEqual([meetingMark(1)]);
    });

    it('leaves alone marks a newer Leaderlens stored, and says so', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined); // WXT logs the refused downgrade
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await fakeBrowser.storage.local.set({ [MARKS_STORAGE_KEY]: [{ shape: 'v2' }], [`${MARKS_STORAGE_KEY}$`]: { v: 2 } });
      expect(await addMark(meetingMark(1))).toMatchObject({ ok: false, code: 'newer-version' });
      expect(await stored()).toEqual([{ shape: 'v2' }]);
    });
  });

  describe('removeMark (undo)', () => {
    it('removes exactly the mark of that item, and the item of the other kind stays', async () => {
      await addMark(meetingMark(1));
      await addMark(meetingMark(2));
      await addMark({ ...meetingMark(1), kind: 'quote' });
      expect(await removeMark('meeting', 'm-1')).toEqual({ ok: true, changed: true });
      expect((await loadMarks()).marks.map((m) => `${m.kind}:${m.id}`)).toEqual(['quote:m-1', 'meeting:m-2']);
    });

    it('changes nothing for an item that is not marked', async () => {
      await addMark(meetingMark(1));
      expect(await removeMark('meeting', 'm-9')).toEqual({ ok: true, changed: false });
      expect(await stored()).toEqual([meetingMark(1)]);
    });
  });

  describe('writes at the same time', () => {
    it('loses none: 60 marks and 20 undos started together all land', async () => {
      for (let i = 0; i < 20; i++) await addMark(meetingMark(1000 + i));
      await Promise.all([
        ...Array.from({ length: 60 }, (_, i) => addMark(meetingMark(i))),
        ...Array.from({ length: 20 }, (_, i) => removeMark('meeting', `m-${1000 + i}`)),
      ]);
      const ids = (await loadMarks()).marks.map((m) => m.id).sort();
      expect(ids).toEqual(Array.from({ length: 60 }, (_, i) => `m-${i}`).sort());
    });

    it('takes the Web Lock "leaderlens-marks" for every change where there is one', async () => {
      let held = false;
      const names: string[] = [];
      const request = vi.fn(async (name: string, work: () => Promise<unknown>) => {
        names.push(name);
        // A mutex as the browser's: the next holder waits for the last one.
        while (held) await new Promise((resolve) => setTimeout(resolve, 1));
        held = true;
        try {
          return await work();
        } finally {
          held = false;
        }
      });
      vi.stubGlobal('navigator', { locks: { request } });
      try {
        await Promise.all([addMark(meetingMark(1)), addMark(meetingMark(2)), removeMark('meeting', 'm-1')]);
      } finally {
        vi.unstubAllGlobals();
      }
      expect(names).toEqual([MARKS_LOCK, MARKS_LOCK, MARKS_LOCK]);
      expect((await loadMarks()).marks.map((m) => m.id)).toEqual(['m-2']);
    });
  });
});
