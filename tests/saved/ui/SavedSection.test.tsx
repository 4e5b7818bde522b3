// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedList } from '../../../src/saved/saved-service';
import { SavedSection, type SavedServices } from '../../../src/saved/ui/SavedSection';

const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const article = (id: string, title: string) => ({ id, title, site: 'tin.example', url: `https://tin.example/${id}`, date: '2025-04-10', savedAt: '2026-01-01T10:00:00Z', meetings: 1, quotes: 2 });

function services(list: SavedList, overrides: Partial<SavedServices> = {}): SavedServices & { list: ReturnType<typeof vi.fn> } {
  let current = list;
  return {
    list: vi.fn(async () => current),
    remove: vi.fn(async (id: string) => {
      current = { ...current, articles: current.articles.filter((a) => a.id !== id) };
      return true;
    }),
    dismissInterrupted: vi.fn(async () => true),
    exportAll: async () => ({ files: [], manifest: { format: 'leaderlens-saved-articles', version: 1, exportedAt: '', articles: [] } }),
    importFiles: async () => ({ imported: [], duplicates: [], refused: [], warnings: [] }),
    estimate: async () => ({ usage: 2048, quota: 1024 * 1024 * 1024 }),
    readerHref: (id) => `chrome-extension://x/reader.html?article=${id}`,
    downloadZip: () => 'x.zip',
    readChosen: async () => ({ files: [], refused: [] }),
    ...overrides,
  } as SavedServices & { list: ReturnType<typeof vi.fn> };
}

let root: HTMLElement | null = null;
async function mount(s: SavedServices, report = vi.fn()): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<SavedSection lang="en" report={report} services={s} />, root!));
  await flush();
  return root;
}
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

describe('SavedSection', () => {
  it('lists one [data-article-id] item per saved article with its facts, a reader link and the storage used', async () => {
    const container = await mount(services({ articles: [article('saved-a', 'Bài A'), article('saved-b', 'Bài B')], interrupted: [] }));
    const items = container.querySelectorAll('[data-section="saved-articles"] [data-article-id]');
    expect([...items].map((i) => i.getAttribute('data-article-id'))).toEqual(['saved-a', 'saved-b']);
    expect(items[0]!.textContent).toContain('1 meetings · 2 quotes');
    expect(items[0]!.querySelector('a[data-action="open-saved"]')!.getAttribute('href')).toBe('chrome-extension://x/reader.html?article=saved-a');
    expect(container.textContent).toContain('Storage used by Leaderlens on this computer: 2.0 KB (of 1.0 GB available).');
  });

  it('removes an article, says so, and puts the keyboard on the next item', async () => {
    const report = vi.fn();
    const s = services({ articles: [article('saved-a', 'Bài A'), article('saved-b', 'Bài B')], interrupted: [] });
    const container = await mount(s, report);
    await act(() => container.querySelector<HTMLButtonElement>('[data-article-id="saved-a"] button[data-action="remove-saved"]')!.click());
    await flush();
    expect(s.remove).toHaveBeenCalledWith('saved-a');
    expect(report).toHaveBeenCalledWith({ kind: 'status', text: 'Removed “Bài A” and its meetings and quotes.' });
    expect(container.querySelectorAll('[data-article-id]')).toHaveLength(1);
    expect(document.activeElement?.closest('[data-article-id]')?.getAttribute('data-article-id')).toBe('saved-b');
  });

  it('says that a save was cut off, until dismissed', async () => {
    const s = services({ articles: [], interrupted: [{ id: 'tin.example/x', title: 'Bài X', url: 'https://tin.example/x', startedAt: '2026-01-01T10:00:00Z' }] });
    const container = await mount(s);
    expect(container.querySelector('[data-interrupted]')?.textContent).toMatch(/^A save of “Bài X” .* was cut off before it finished: nothing of it was kept\./);
    await act(() => container.querySelector<HTMLButtonElement>('button[data-action="dismiss-interrupted"]')!.click());
    expect(s.dismissInterrupted).toHaveBeenCalledWith('tin.example/x');
  });

  it('shows an import: imported, kept once, and refused with the CLI reasons', async () => {
    const s = services(
      { articles: [], interrupted: [] },
      {
        readChosen: async () => ({ files: [{ name: 'a.txt', bytes: new Uint8Array([65]) }], refused: [{ file: 'x.zip', reason: 'x.zip: not a zip file' }] }),
        importFiles: async () => ({ imported: [{ file: 'a.txt', id: 'saved-a', title: 'Bài A', meetings: 1, quotes: 0 }], duplicates: [], refused: [], warnings: [] }),
      },
    );
    const container = await mount(s);
    const input = container.querySelector<HTMLInputElement>('input[data-action="import-saved"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'x.zip')], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    expect(container.querySelector('[data-import-report]')?.getAttribute('data-import-report')).toBe('1/0/1');
    expect(container.querySelector('[data-import-outcome="refused"]')?.textContent).toBe('x.zip: not a zip file');
  });

  it('says so when there is nothing saved, and offers no export', async () => {
    const container = await mount(services({ articles: [], interrupted: [] }));
    expect(container.textContent).toContain('No saved articles yet.');
    expect(container.querySelector<HTMLButtonElement>('button[data-action="export-saved"]')!.disabled).toBe(true);
  });
});
