import { describe, expect, it } from 'vitest';
import { continuedQuotation } from '../../src/corpus/continued-quotation';
import { analyse, quoteRows } from './statement-fixture';

describe('continuedQuotation', () => {
  it.each(['“I look forward to building even closer ties with Vietnam.”', '"I look forward to building even closer ties with Vietnam."', '«I look forward to building even closer ties with Vietnam.»'])(
    'reads a paragraph that is one closed quotation as the given speaker\'s words: %s',
    (paragraph) => {
      expect(continuedQuotation(paragraph, 'x')).toMatchObject({ speakers: ['x'], text: 'I look forward to building even closer ties with Vietnam.', direct: true });
    },
  );

  it.each([
    ['words outside the marks', '“We will do more,” he added, “and soon for our two peoples.”'],
    ['a paragraph not in quotation marks', 'I look forward to building even closer ties with Vietnam.'],
    ['an unclosed quotation', '“I look forward to building even closer ties with Vietnam.'],
    ['too few words', '“Thank you very much.”'],
  ])('reads no such paragraph with %s', (_what, paragraph) => {
    expect(continuedQuotation(paragraph, 'x')).toBeNull();
  });
});

describe('a quotation going on in a paragraph of its own (through analyseArticle)', () => {
  it('is more of the quote the paragraph before ended with, not a quote of its own', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on Monday.',
      '“We share many common interests in trade and investment,” Mr Chinh said.',
      '“I look forward to building even closer ties with Laos, between our businesses and our peoples.”',
    );
    expect(facts.quotes.map((q) => [q.speakers, q.text])).toEqual([
      [['pham-minh-chinh'], 'We share many common interests in trade and investment. I look forward to building even closer ties with Laos, between our businesses and our peoples.'],
    ]);
  });

  it('is nobody\'s after a paragraph that ended with no direct quotation', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on Monday.',
      '“I look forward to building even closer ties with Laos, between our businesses and our peoples.”',
    );
    expect(quoteRows(facts)).toEqual([]);
  });
});
