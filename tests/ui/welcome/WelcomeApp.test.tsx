// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Coverage } from '../../../src/lookup/coverage';
import { WelcomeApp } from '../../../src/ui/welcome/WelcomeApp';

const coverage: Coverage = {
  people: { registry: 40, foundInCorpus: 2, withRecords: 12 },
  articles: 1204,
  dateRange: { from: '2023-02-17', to: '2025-12-03' },
  undatedArticles: 3,
  sources: [{ site: 'vnexpress.net', articles: 700 }, { site: 'tuoitre.vn', articles: 500 }],
  articlesWithoutSource: 4,
  registryAsOf: '2026-01-15',
  registryStale: false,
};

let root: HTMLElement | null = null;

async function mount(load: () => Promise<Coverage>, lang: 'en' | 'vi' = 'en'): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<WelcomeApp lang={lang} loadCoverage={load} optionsHref="options.html" />, root!));
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return root;
}

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

const figure = (c: HTMLElement, name: string) => c.querySelector(`[data-figure="${name}"]`);

describe('WelcomeApp', () => {
  it('shows each figure with its raw value, in the sentence of the language', async () => {
    const c = await mount(async () => coverage);
    expect(c.querySelector('main')?.getAttribute('data-status')).toBe('ready');
    expect(figure(c, 'people-registry')?.getAttribute('data-value')).toBe('40');
    expect(figure(c, 'articles')?.textContent).toBe('1,204');
    expect(figure(c, 'date-from')?.getAttribute('data-value')).toBe('2023-02-17');
    expect(c.querySelector('[data-section="coverage"] dd')?.textContent).toBe('40 in the registry, 2 more found in the articles; 12 of them have meetings or quotes.');
    expect(c.textContent).toContain('Articles without a date: 3.');
  });

  it('lists the sites with their article counts and says how many articles record none', async () => {
    const c = await mount(async () => coverage);
    expect([...c.querySelectorAll('[data-site]')].map((li) => li.textContent)).toEqual(['vnexpress.net (700)', 'tuoitre.vn (500)']);
    expect(c.textContent).toContain('4 articles do not record their site.');
  });

  it('says so when no article records its site', async () => {
    const c = await mount(async () => ({ ...coverage, sources: [], articlesWithoutSource: 1204 }));
    expect(figure(c, 'sources')?.textContent).toBe('The articles do not record the sites they come from.');
  });

  it('warns only when the registry is over a year old', async () => {
    expect((await mount(async () => coverage)).querySelector('[data-warning="registry-stale"]')).toBeNull();
    render(null, root!);
    const c = await mount(async () => ({ ...coverage, registryStale: true }));
    expect(c.querySelector('[data-warning="registry-stale"]')?.textContent).toMatch(/^That is more than a year ago/);
  });

  it('has no date range when no article has a date', async () => {
    const c = await mount(async () => ({ ...coverage, dateRange: null, undatedArticles: 1204 }));
    expect(figure(c, 'date-from')).toBeNull();
    expect(c.textContent).toContain('1,204 articles, none of them dated.');
  });

  it('shows paths and commands of the steps as code', async () => {
    const c = await mount(async () => coverage);
    expect([...c.querySelectorAll('[data-section="add-articles"] code')].map((el) => el.textContent)).toEqual([
      'corpus/articles/<name>.txt', ' date YYYY-MM-DD', ' url https://…', 'npm run build', 'chrome://extensions', 'about:debugging',
    ]);
  });

  it('says when the coverage could not be read', async () => {
    const c = await mount(async () => Promise.reject(new Error('leaderlens index: missing field(s) matcher')));
    expect(c.querySelector('main')?.getAttribute('data-status')).toBe('failed');
    expect(c.querySelector('[role="alert"]')?.textContent).toBe('The corpus could not be read: leaderlens index: missing field(s) matcher');
  });

  it('speaks Vietnamese and links to the settings', async () => {
    const c = await mount(async () => coverage, 'vi');
    expect(c.querySelector('h1')?.textContent).toBe('Chào mừng bạn đến với Leaderlens');
    expect(figure(c, 'articles')?.textContent).toBe('1.204');
    expect(c.querySelector('a[data-action="open-settings"]')?.getAttribute('href')).toBe('options.html');
    expect(c.querySelectorAll('[data-section="settings"] li').length).toBe(7);
  });
});
