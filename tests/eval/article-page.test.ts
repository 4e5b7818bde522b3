import { describe, expect, it } from 'vitest';
import { articlePage, articleParagraphs } from '../../src/eval/article-page';

describe('articleParagraphs', () => {
  it('gives each line that holds text, trimmed, in order', () => {
    expect(articleParagraphs('  • An Giang\r\n\nTô Lâm met.\n  \n')).toEqual(['• An Giang', 'Tô Lâm met.']);
  });
});

describe('articlePage', () => {
  it('puts the first line in the title, the date in article:published_time and each line in a <p>', () => {
    const html = articlePage({ text: 'Headline\n\nTô Lâm met Lee.', published: '2025-01-02', language: 'vi' });
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<link rel="icon" href="data:,">');
    expect(html).toContain('<title>Headline</title><meta property="article:published_time" content="2025-01-02">');
    expect(html).toContain('<p>Headline</p>\n<p>Tô Lâm met Lee.</p>');
  });

  it('escapes the text, so markup in an article stays text', () => {
    const html = articlePage({ text: 'A <b>"x"</b> & \'y\'', published: null, language: 'en' });
    expect(html).toContain('<p>A &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; &#39;y&#39;</p>');
    expect(html).not.toContain('article:published_time');
  });
});
