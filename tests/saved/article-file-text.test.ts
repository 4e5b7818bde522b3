import { describe, expect, it } from 'vitest';
import { splitHeader } from '../../src/corpus/read-header';
import { articleFileText } from '../../src/saved/article-file-text';

const page = { title: 'Thủ tướng hội đàm', paragraphs: ['Chiều 9/4, tại Hà Nội, …', 'Hai bên nhất trí …'], url: 'https://vnexpress.net/a-1.html', published: '2025-04-10' };

describe('articleFileText', () => {
  it('writes the corpus file a .txt article with date and url header lines would be', () => {
    expect(articleFileText(page)).toBe(' date 2025-04-10\n url https://vnexpress.net/a-1.html\nThủ tướng hội đàm\nChiều 9/4, tại Hà Nội, …\nHai bên nhất trí …\n');
  });

  it('is read back by the CLI header reader: date, address, and the title as the first line', () => {
    const header = splitHeader(articleFileText(page));
    expect(header).toMatchObject({ headerDate: '2025-04-10', url: 'https://vnexpress.net/a-1.html', lineOffset: 2 });
    expect(header.problems).toBeUndefined();
    expect(header.text.split('\n')[0]).toBe('Thủ tướng hội đàm');
  });

  it('leaves out the date line when the page gives no date, and the url line for an address the corpus refuses', () => {
    expect(articleFileText({ ...page, published: null })).not.toContain(' date ');
    expect(articleFileText({ ...page, url: 'file:///home/a.html' })).not.toContain(' url ');
    expect(articleFileText({ ...page, url: `https://a.example/${'x'.repeat(2100)}` })).not.toContain(' url ');
  });

  it('puts each paragraph on one line (a line is a paragraph to the cleaner) and drops empty ones', () => {
    const text = articleFileText({ ...page, paragraphs: ['Một\ndòng   có\tkhoảng trắng', '  ', 'Hai'] });
    expect(text.split('\n').slice(3)).toEqual(['Một dòng có khoảng trắng', 'Hai', '']);
  });

  it('writes NFC text (a decomposed Vietnamese letter is composed)', () => {
    const text = articleFileText({ ...page, title: 'To\u0302 La\u0302m' });
    expect(text).toContain('Tô Lâm');
  });
});
