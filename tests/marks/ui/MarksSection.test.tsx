// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addMark, loadMarks, removeMark } from '../../../src/marks/marks-store';
import { MARKS_STORAGE_KEY } from '../../../src/marks/marks-storage-key';
import { watchMarks } from '../../../src/marks/watch-marks';
import { MarksSection, type MarksServices, type Report } from '../../../src/marks/ui/MarksSection';
import { meetingMark } from '../mark-fixture';

let root: HTMLElement;
let reports: Parameters<Report>[0][];
let downloads: { text: string; fileName: string }[];

const stamp = { formatVersion: 2, registryAsOf: '2026-11-23', extensionVersion: '0.1.0' };
const services = (): MarksServices => ({
  load: loadMarks,
  remove: removeMark,
  watch: watchMarks,
  indexStamp: async () => stamp,
  download: (text, fileName) => void downloads.push({ text, fileName }),
  now: () => new Date('2026-02-03T04:05:06.000Z'),
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function open(lang: 'en' | 'vi' = 'en'): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(<MarksSection lang={lang} report={(m) => void reports.push(m)} services={services()} />, root);
  return root;
}

const items = () => [...root.querySelectorAll('[data-section="wrong-marks"] [data-mark-id]')].map((li) => `${li.getAttribute('data-mark-kind')}:${li.getAttribute('data-mark-id')}`);

describe('MarksSection', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    reports = [];
    downloads = [];
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('says there is nothing marked on a fresh install', async () => {
    open();
    await waitFor(() => root.textContent!.includes('Nothing is marked as wrong.'));
    expect(items()).toEqual([]);
  });

  it('lists each mark, newest first, with kind, leader, date, sentence and article', async () => {
    await addMark(meetingMark(1));
    await addMark({ ...meetingMark(2), kind: 'quote', item: { ...meetingMark(2).item, itemKind: 'direct', text: 'Chúng ta là bạn' } });
    open();
    await waitFor(() => items().length === 2);
    expect(items()).toEqual(['quote:m-2', 'meeting:m-1']);
    const meeting = root.querySelector('[data-mark-id="m-1"]')!;
    expect(meeting.querySelector('.mark-facts')!.textContent).toBe('Meeting · talks · 8 Nov 2024 · from the card of Tô Lâm');
    expect(meeting.querySelector('.mark-evidence')!.textContent).toBe('Chiều 8/11, hai bên hội đàm.');
    expect(meeting.textContent).toContain('Article: Tô Lâm hội đàm (laos.txt)');
    expect(root.querySelector('[data-mark-id="m-2"] q')!.textContent).toBe('Chúng ta là bạn');
    expect(meeting.querySelector('button')!.getAttribute('aria-label')).toBe('Undo: Meeting, talks, 8 Nov 2024, Tô Lâm');
  });

  it('undoes a mark: it leaves the list and storage, the page says so, and focus moves to the next Undo', async () => {
    await addMark(meetingMark(1));
    await addMark(meetingMark(2));
    open();
    await waitFor(() => items().length === 2);
    root.querySelector<HTMLButtonElement>('[data-mark-id="m-2"] button[data-action="undo-mark"]')!.click();
    await waitFor(() => items().length === 1);
    expect((await loadMarks()).marks.map((m) => m.id)).toEqual(['m-1']);
    expect(reports).toEqual([{ kind: 'status', text: 'Mark undone: the item is back on your cards.' }]);
    expect(document.activeElement).toBe(root.querySelector('[data-mark-id="m-1"] button[data-action="undo-mark"]'));
  });

  it('says why when an undo is refused, and keeps the item', async () => {
    await addMark(meetingMark(1));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    open();
    await waitFor(() => items().length === 1);
    root.querySelector<HTMLButtonElement>('button[data-action="undo-mark"]')!.click();
    await waitFor(() => reports.length === 1);
    set.mockRestore();
    expect(reports[0]).toEqual({ kind: 'error', text: 'The mark was not undone: the browser refused to store it.', detail: 'QUOTA_BYTES quota exceeded' });
    expect(items()).toEqual(['meeting:m-1']);
  });

  it('follows marks made elsewhere (a card in another tab) without a reload', async () => {
    open();
    await waitFor(() => root.textContent!.includes('Nothing is marked as wrong.'));
    await addMark(meetingMark(5));
    await waitFor(() => items().length === 1);
    expect(items()).toEqual(['meeting:m-5']);
  });

  it('exports the documented JSON: format, version 1, exportedAt, the installed index, the marks', async () => {
    await addMark(meetingMark(1));
    open();
    await waitFor(() => items().length === 1);
    root.querySelector<HTMLButtonElement>('button[data-action="export-marks"]')!.click();
    await waitFor(() => downloads.length === 1);
    expect(downloads[0]!.fileName).toBe('leaderlens-wrong-marks-2026-02-03.json');
    expect(JSON.parse(downloads[0]!.text)).toEqual({
      format: 'leaderlens-wrong-marks',
      version: 1,
      exportedAt: '2026-02-03T04:05:06.000Z',
      index: stamp,
      marks: [meetingMark(1)],
    });
    expect(reports).toEqual([{ kind: 'status', text: 'Marks exported to leaderlens-wrong-marks-2026-02-03.json.' }]);
  });

  it('shows the marks it could read from a damaged stored list, and says some were left out', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ [MARKS_STORAGE_KEY]: [meetingMark(1), { kind: 'nonsense' }] });
    open();
    await waitFor(() => items().length === 1);
    expect(root.textContent).toContain('Some saved marks could not be read and were left out.');
    vi.restoreAllMocks();
  });

  it('speaks Vietnamese', async () => {
    await addMark(meetingMark(1));
    open('vi');
    await waitFor(() => items().length === 1);
    expect(root.querySelector('h2')!.textContent).toBe('Đã báo sai');
    expect(root.querySelector('button[data-action="undo-mark"]')!.textContent).toBe('Hoàn tác');
  });
});
