import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addMark } from '../../src/marks/marks-store';
import { watchMarks } from '../../src/marks/watch-marks';
import { meetingMark } from './mark-fixture';

describe('watchMarks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('calls back when the marks change in storage.local, and not for other changes', async () => {
    const cb = vi.fn();
    watchMarks(cb);
    await addMark(meetingMark(1));
    expect(cb).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.sync.set({ 'settings.theme': 'dark' });
    await fakeBrowser.storage.local.set({ other: 1 });
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('stops calling back once stopped', async () => {
    const cb = vi.fn();
    const stop = watchMarks(cb);
    stop();
    await addMark(meetingMark(1));
    expect(cb).not.toHaveBeenCalled();
  });
});
