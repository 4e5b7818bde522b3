import { readRegistryFile } from '../../src/registry/read-registry-file';
// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildNameTable } from '../../src/names/name-table';
import type { Card } from '../../src/lookup/card';
import { HIGHLIGHT_NAMES } from '../../src/page/highlight-names';
import { startPage, type PageEnv } from '../../src/page/start-page';
import { defaultSettings } from '../../src/settings/default-settings';
import type { Settings } from '../../src/settings/settings-types';
import { loadRegistry } from '../../src/registry';
import { el } from './mention-fixture';

// happy-dom has no CSS Custom Highlight API: a registry and a Highlight class stand in for
// Chromium's, so the test can see what is highlighted.
class FakeHighlight {
  readonly ranges: AbstractRange[];
  constructor(...ranges: AbstractRange[]) {
    this.ranges = ranges;
  }
}
type Win = Window & { CSS: { highlights?: unknown }; Highlight?: unknown };
let highlights: Map<string, FakeHighlight>;

const registry = readRegistryFile(join(import.meta.dirname, '../fixtures/registry-ten/leaders.json'));
const nameTable = buildNameTable(registry);
const NAMES: Record<string, string> = { 'to-lam': 'Tô Lâm', 'vladimir-putin': 'Vladimir Putin' };

/** The page side's surroundings, with the background and WXT's ctx replaced by plain functions. */
function stageEnv() {
  let onSettings: ((settings: Settings) => void) | null = null;
  const invalidated: (() => void)[] = [];
  const rendered: (string | null)[] = [];
  const env: PageEnv = {
    doc: document,
    isTopFrame: true,
    hostTag: 'LEADERLENS-UI',
    settings: defaultSettings(),
    watchSettings: (cb) => {
      onSettings = cb;
    },
    fetchMatcher: async () => nameTable,
    fetchCard: async (leaderId) => ({ leader: { id: leaderId, name: NAMES[leaderId] ?? leaderId } }) as unknown as Card,
    mountHost: async () => {
      const host = document.createElement('leaderlens-ui');
      const parent = document.createElement('div');
      host.append(parent);
      document.documentElement.append(host);
      return { host, parent };
    },
    renderCard: (container, card) => {
      rendered.push(card?.leader.id ?? null);
      if (card) {
        const root = document.createElement('div');
        root.setAttribute('data-leader-id', card.leader.id);
        container.replaceChildren(root);
      } else container.replaceChildren();
    },
    setTimeout: (run, ms) => window.setTimeout(run, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    requestIdle: (run) => void window.setTimeout(run, 0),
    listen: (target, type, handler, options) => target.addEventListener(type, handler, options),
    onInvalidated: (cb) => void invalidated.push(cb),
  };
  return { env, rendered, changeSettings: (next: Settings) => onSettings?.(next), invalidate: () => invalidated.forEach((cb) => cb()) };
}

beforeEach(() => {
  document.body.replaceChildren(el('p', 'lead', 'Tổng Bí thư Tô Lâm hội đàm với Tổng thống Vladimir Putin.'), el('p', null, 'Ông Tô Lâm nói.'));
  highlights = new Map();
  const win = window as unknown as Win;
  win.CSS = { ...(win.CSS ?? {}), highlights };
  win.Highlight = FakeHighlight;
});

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  document.querySelectorAll('leaderlens-ui').forEach((host) => host.remove());
  delete (window as unknown as Win).Highlight;
});

async function started(overrides: Partial<PageEnv> = {}) {
  const stage = stageEnv();
  const side = startPage({ ...stage.env, ...overrides });
  stop = stage.invalidate;
  await side.ready;
  return { ...stage, side };
}

/** Opens the card for the first name by selecting it and pressing the keyboard command. */
async function openCard(side: Awaited<ReturnType<typeof started>>['side']): Promise<void> {
  window.getSelection()!.selectAllChildren(document.getElementById('lead')!);
  await side.openCardFromKeyboard();
}

const underlined = (): number => highlights.get(HIGHLIGHT_NAMES.underline)?.ranges.length ?? 0;

describe('startPage', () => {
  it('answers page-mentions with every name in page order, named from its card', async () => {
    const { side } = await started();
    // Mounting our host is not a page change: the first scan is the only one.
    const answer = await side.pageMentions();
    expect(answer.complete).toBe(true);
    expect(answer.url).toBe(document.location.href);
    expect(answer.mentions.map((m) => [m.leaderId, m.name, m.text])).toEqual([
      ['to-lam', 'Tô Lâm', 'Tô Lâm'],
      ['vladimir-putin', 'Vladimir Putin', 'Vladimir Putin'],
      ['to-lam', 'Tô Lâm', 'Tô Lâm'],
    ]);
  });

  it('highlights the names it found once the scan is done', async () => {
    await started();
    expect(underlined()).toBe(3);
  });

  it('opens the card of a selected name from the keyboard', async () => {
    const { side, rendered } = await started();
    await openCard(side);
    expect(rendered.at(-1)).toBe('to-lam');
    expect(document.querySelector('leaderlens-ui [data-leader-id="to-lam"]')).not.toBeNull();
  });

  it('lets the card it renders ask for its whole self, with the page it was asked for', async () => {
    const options: Parameters<PageEnv['renderCard']>[2][] = [];
    const fetchFullCard = vi.fn(async (leaderId: string) => ({ leader: { id: leaderId, name: 'whole' } }) as unknown as Card);
    const { env } = stageEnv();
    const { side } = await started({ fetchFullCard, renderCard: (container, card, o) => (options.push(o), env.renderCard(container, card, o)) });
    await openCard(side);
    const loadFull = options.findLast((o) => o.loadFull)?.loadFull;
    expect((await loadFull!())?.leader.name).toBe('whole');
    expect(fetchFullCard).toHaveBeenCalledWith('to-lam', null, ['to-lam', 'vladimir-putin']);
  });

  it('when switched off, clears the highlights and closes the open card', async () => {
    const { side } = await started();
    await openCard(side);
    expect(document.querySelector('leaderlens-ui [data-leader-id]')).not.toBeNull();
    side.setActive(false);
    expect(highlights.size).toBe(0);
    expect(document.querySelector('leaderlens-ui [data-leader-id]')).toBeNull();
  });

  it('when switched off, opens no card from the keyboard', async () => {
    const { side, rendered } = await started();
    side.setActive(false);
    await openCard(side);
    expect(rendered.filter((id) => id !== null)).toEqual([]);
  });

  it('when switched back on, highlights the names again', async () => {
    const { side } = await started();
    side.setActive(false);
    side.setActive(true);
    expect(underlined()).toBe(3);
  });

  it('applies a new highlight style from the settings', async () => {
    const { changeSettings } = await started();
    changeSettings({ ...defaultSettings(), highlightStyle: 'background' });
    expect(highlights.has(HIGHLIGHT_NAMES.underline)).toBe(false);
    expect(highlights.get(HIGHLIGHT_NAMES.background)?.ranges).toHaveLength(3);
    changeSettings({ ...defaultSettings(), highlightStyle: 'none' });
    expect(highlights.size).toBe(0);
  });

  it('keeps a switched-off page unhighlighted when the settings change', async () => {
    const { side, changeSettings } = await started();
    side.setActive(false);
    changeSettings({ ...defaultSettings(), highlightStyle: 'background' });
    expect(highlights.size).toBe(0);
  });

  it('follows a name added to the page later', async () => {
    const { side } = await started();
    document.body.append(el('p', null, 'Tổng thống Vladimir Putin phát biểu.'));
    await vi.waitFor(async () => expect((await side.pageMentions()).mentions).toHaveLength(4));
  });

  it('closes the card for the reader\'s click elsewhere', async () => {
    const { side } = await started({ isTrusted: () => true });
    await openCard(side);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(document.querySelector('leaderlens-ui [data-leader-id]')).toBeNull();
  });

  it('lets no event a page script dispatches act on the card (issue 10)', async () => {
    const { side } = await started();
    await openCard(side);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('leaderlens-ui [data-leader-id="to-lam"]')).not.toBeNull();
  });

  it('removes its highlights when the extension context goes away', async () => {
    const { invalidate } = await started();
    invalidate();
    stop = null;
    expect(highlights.size).toBe(0);
  });
});
