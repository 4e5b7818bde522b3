// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import type { ArticleForReader } from '../../src/messages/protocol';
import { ReaderApp } from '../../src/ui/reader/ReaderApp';
import { ReaderView } from '../../src/ui/reader/ReaderView';
import { realCard, realIndex } from './real-corpus-cards';

// Building the real index takes seconds in a child process (more on a loaded CI machine): do it
// once, before the tests, with a timeout that fits it, instead of inside the first test's 5 s.
beforeAll(() => {
  realIndex();
}, 120_000);

let root: HTMLElement;

function mount(vnode: preact.VNode): HTMLElement {
  root = document.createElement('main');
  document.body.append(root);
  render(vnode, root);
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

/** An article as the background's `get-article` answers it, from the real index. */
function article(id: string): ArticleForReader {
  const stored = realIndex().articles[id]!;
  return { id, title: stored.title, date: stored.date, dateInferred: stored.dateInferred, paragraphs: stored.paragraphs.map(({ text }) => ({ text })) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('ReaderView', () => {
  it('highlights the evidence sentence of a real meeting in a <mark>, and only it', () => {
    const meeting = realCard('to-lam', '2025-12-31').meetings[0]!;
    const source = meeting.sources[0]!;
    const page = mount(<ReaderView state={{ kind: 'article', article: article(source.articleId), evidence: source.evidence }} lang="en" />);
    const marks = page.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent?.replace(/\s+/g, ' ')).toBe(source.evidence.replace(/\s+/g, ' '));
    expect(page.querySelector('h1')?.textContent).toBe(source.articleTitle);
    expect(page.textContent).toContain('The highlighted sentence is the one the card cites.');
  });

  it('says so when the sentence is not in the article, and shows the article anyway', () => {
    const page = mount(<ReaderView state={{ kind: 'article', article: article('002-556d5bdfab724e9e'), evidence: 'Không có câu này.' }} lang="vi" />);
    expect(page.querySelector('mark')).toBeNull();
    expect(page.textContent).toContain('Không tìm thấy câu này trong nội dung bài viết:');
    expect(page.querySelectorAll('p.reader-paragraph').length).toBeGreaterThan(3);
  });

  it('shows article text as text, never as markup', () => {
    const hostile: ArticleForReader = { id: 'x', title: '<img src=x onerror=alert(1)>', date: null, dateInferred: false, paragraphs: [{ text: 'A <b>bold</b> claim.' }] };
    const page = mount(<ReaderView state={{ kind: 'article', article: hostile, evidence: '<b>bold</b>' }} lang="en" />);
    expect(page.querySelector('img, b')).toBeNull();
    expect(page.querySelector('mark')?.textContent).toBe('<b>bold</b>');
    expect(page.textContent).toContain('The article gives no date.');
  });

  it('links to the original under the title where the article has an address, in the page\'s language', () => {
    const original = { url: 'https://tuoitre.vn/tong-bi-thu-tiep-2023.htm', site: 'tuoitre.vn' };
    const page = mount(<ReaderView state={{ kind: 'article', article: { ...article('002-556d5bdfab724e9e'), original }, evidence: null }} lang="vi" />);
    const link = page.querySelector<HTMLAnchorElement>('.reader-original a[data-original-url]')!;
    expect(link.getAttribute('href')).toBe(original.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Bài gốc: tuoitre.vn ↗');
    // Between the date and the text.
    expect(page.querySelector('.reader-date + .reader-original')).not.toBeNull();
  });

  it('shows no link to the original for an article without an address', () => {
    const page = mount(<ReaderView state={{ kind: 'article', article: article('002-556d5bdfab724e9e'), evidence: null }} lang="en" />);
    expect(page.querySelector('[data-original-url]')).toBeNull();
  });

  it.each([
    [{ kind: 'unknown-article', articleId: 'nope' } as const, 'The corpus has no article with the id “nope”.'],
    [{ kind: 'no-article' } as const, 'No article was asked for: the address has no article id.'],
    [{ kind: 'failed', error: 'index missing' } as const, 'The article could not be loaded: index missing'],
    [{ kind: 'loading' } as const, 'Loading the article…'],
  ])('states %o clearly', (state, message) => {
    expect(mount(<ReaderView state={state} lang="en" />).textContent).toBe(message);
  });
});

describe('ReaderApp', () => {
  it('loads the article by id and titles the page with it', async () => {
    const page = mount(<ReaderApp articleId="002-556d5bdfab724e9e" evidence={null} lang="vi" loadArticle={async (id) => article(id)} />);
    expect(page.textContent).toBe('Đang tải bài viết…');
    await settle();
    expect(page.querySelector('[data-article-id="002-556d5bdfab724e9e"]')).not.toBeNull();
    expect(page.textContent).toContain('Đăng ngày 17 thg 2, 2023');
    expect(document.title).toContain('Leaderlens: bài viết nguồn');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('tells of an unknown article id', async () => {
    const page = mount(<ReaderApp articleId="nope" evidence="x" lang="en" loadArticle={async () => null} />);
    await settle();
    expect(page.textContent).toBe('The corpus has no article with the id “nope”.');
  });
});
