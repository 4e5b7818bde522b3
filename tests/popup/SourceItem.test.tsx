// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceItem } from '../../src/popup/SourceItem';
import { popupTranslator } from '../../src/popup/translate';

let root: HTMLElement;

function mount(source: Parameters<typeof SourceItem>[0]['source'], lang: 'vi' | 'en' = 'en'): HTMLElement {
  root = document.createElement('ul');
  document.body.append(root);
  render(<SourceItem source={source} lang={lang} tr={popupTranslator(lang)} readerHref={({ articleId }) => `reader.html?article=${articleId}`} />, root);
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

const SOURCE = { articleId: 'a-1', articleTitle: 'Tổng Bí thư hội đàm', articleDate: '2025-12-01', evidence: 'Chiều 1/12, hai nhà lãnh đạo hội đàm.' };

describe('SourceItem', () => {
  it('links to the reader page and, where the article has an address, to the original on its site', () => {
    const item = mount({ ...SOURCE, original: { url: 'https://www.vnexpress.net/a-1.html', site: 'vnexpress.net' } });
    expect(item.querySelector('a.llp-source-link')?.getAttribute('href')).toBe('reader.html?article=a-1');
    const original = item.querySelector<HTMLAnchorElement>('a[data-original-url]')!;
    expect(original.getAttribute('href')).toBe('https://www.vnexpress.net/a-1.html');
    expect(original.getAttribute('target')).toBe('_blank');
    expect(original.getAttribute('rel')).toBe('noopener noreferrer');
    expect(original.textContent).toBe('Original: vnexpress.net ↗');
  });

  it('has no link to the original without an address', () => {
    expect(mount(SOURCE, 'vi').querySelector('[data-original-url]')).toBeNull();
  });
});
