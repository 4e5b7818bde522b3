import { describe, expect, it, test } from 'vitest';
import { splitHeader } from '../../src/corpus/read-header';

describe('splitHeader', () => {
  test.each([
    [' date 2025-12-01 Tổng Bí thư hội đàm\nBody', { text: 'Tổng Bí thư hội đàm\nBody', headerDate: '2025-12-01', lineOffset: 0 }],
    [' date 2025-12-01\nTổng Bí thư hội đàm', { text: 'Tổng Bí thư hội đàm', headerDate: '2025-12-01', lineOffset: 1 }],
    [' date 2025-12-01   \nX', { text: 'X', headerDate: '2025-12-01', lineOffset: 1 }],
    ['date 2024-02-29\nX', { text: 'X', headerDate: '2024-02-29', lineOffset: 1 }],
    ['Tổng Bí thư hội đàm\nBody', { text: 'Tổng Bí thư hội đàm\nBody', headerDate: null, lineOffset: 0 }],
    // Not a header: "date" as an ordinary first word.
    ['date palms grow here\nX', { text: 'date palms grow here\nX', headerDate: null, lineOffset: 0 }],
    [' date 2017-11\nX', { text: 'X', headerDate: null, lineOffset: 1, headerPartial: '2017-11' }],
  ])('%j', (input, expected) => {
    expect(splitHeader(input)).toEqual(expected);
  });

  test.each([[' date 2025-13-45 Tin'], [' date 2025-02-29\nTin'], [' date 12/01/2025 Tin'], [' date tomorrow Tin']])(
    'keeps the text but reports an invalid date: %j',
    (input) => {
      const r = splitHeader(input);
      expect(r.headerDate).toBeNull();
      expect(r.problems).toEqual([{ line: 1, message: expect.stringMatching(/not a valid YYYY-MM-DD date/) }]);
      expect(r.text.startsWith('Tin')).toBe(true);
    },
  );
});

describe('splitHeader: the url line', () => {
  const URL_ = 'https://vnexpress.net/tong-bi-thu-hoi-dam-4821.html';

  test.each([
    ['after the date line', ` date 2025-12-01\n url ${URL_}\nTin\nBody`, { text: 'Tin\nBody', headerDate: '2025-12-01', url: URL_, lineOffset: 2 }],
    ['before the date line', ` url ${URL_}\n date 2025-12-01\nTin\nBody`, { text: 'Tin\nBody', headerDate: '2025-12-01', url: URL_, lineOffset: 2 }],
    ['alone', ` url ${URL_}\nTin`, { text: 'Tin', headerDate: null, url: URL_, lineOffset: 1 }],
    ['alone, the whole file after it', ` url ${URL_}`, { text: '', headerDate: null, url: URL_, lineOffset: 1 }],
    ['before a date line that goes on with article text', ` url ${URL_}\n date 2025-12-01 Tin\nBody`, { text: 'Tin\nBody', headerDate: '2025-12-01', url: URL_, lineOffset: 1 }],
    ['going on with article text itself', ` url ${URL_} Tin\nBody`, { text: 'Tin\nBody', headerDate: null, url: URL_, lineOffset: 0 }],
    ['without the leading space, when an http(s) address follows', `url ${URL_}\nTin`, { text: 'Tin', headerDate: null, url: URL_, lineOffset: 1 }],
    ['http: as well as https:', ' url http://baochinhphu.vn/a.htm\nTin', { text: 'Tin', headerDate: null, url: 'http://baochinhphu.vn/a.htm', lineOffset: 1 }],
    ['normalised by the URL parser', ' url HTTPS://VnExpress.NET\nTin', { text: 'Tin', headerDate: null, url: 'https://vnexpress.net/', lineOffset: 1 }],
    ['with a partial date', ` date 2017-11\n url ${URL_}\nTin`, { text: 'Tin', headerDate: null, headerPartial: '2017-11', url: URL_, lineOffset: 2 }],
  ])('reads it %s', (_, input, expected) => {
    expect(splitHeader(input)).toEqual(expected);
  });

  test.each([
    ['"url" as an ordinary first word', 'url shorteners are everywhere\nX'],
    ['"url" without the leading space before something that is no address', 'url: see below\nX'],
    ['a url line below the first line of text', 'Tin\n url https://vnexpress.net/a.html\nX'],
  ])('reads no header from %s', (_, input) => {
    expect(splitHeader(input)).toEqual({ text: input, headerDate: null, lineOffset: 0 });
  });

  test.each([
    ['javascript: address', ' url javascript:alert(1)', /uses "javascript:"; only http: and https: addresses are accepted/],
    ['data: address', ' url data:text/html,<b>x</b>', /uses "data:"/],
    ['file: address', ' url file:///etc/passwd', /uses "file:"/],
    ['relative address', ' url /thoi-su/tin-1.html', /is relative; give the whole address/],
    ['address without a scheme', ' url vnexpress.net/a.html', /is relative/],
    ['badly formed address', ' url https://exa[mple.com/', /is not a valid URL/],
    ['address over 2,000 characters', ` url https://vnexpress.net/${'a'.repeat(2000)}`, /2022 characters long, over the 2000-character limit/],
    ['address over 2,000 characters once normalised', ` url https://vnexpress.net/${'đ'.repeat(600)}`, /once normalised, over the 2000-character limit/],
  ])('refuses a %s, names the line, and keeps the article without a url', (_, line, reason) => {
    const r = splitHeader(` date 2025-12-01\n${line}\nTin`);
    expect(r.url).toBeUndefined();
    expect(r.problems).toEqual([{ line: 2, message: expect.stringMatching(reason) }]);
    expect(r.problems?.[0]?.message).toMatch(/the article is kept without its original address/);
    // The refused line is still the header's: it is not article text, and the date is still read.
    expect(r).toMatchObject({ text: 'Tin', headerDate: '2025-12-01', lineOffset: 2 });
  });

  it('reads each keyword once: a second url line is reported, and the first address kept', () => {
    const r = splitHeader(` url ${URL_}\n url https://tuoitre.vn/b.htm\nTin`);
    expect(r).toMatchObject({ text: 'Tin', url: URL_, lineOffset: 2 });
    expect(r.problems).toEqual([{ line: 2, message: 'a second " url" header line (the first is line 1); only the first is read' }]);
  });

  it('reads each keyword once: a second date line is reported, and the first date kept', () => {
    const r = splitHeader(' date 2025-12-01\n url https://vnexpress.net/\n date 2020-01-01\nTin');
    expect(r).toMatchObject({ text: 'Tin', headerDate: '2025-12-01', lineOffset: 3 });
    expect(r.problems).toEqual([{ line: 3, message: 'a second " date" header line (the first is line 1); only the first is read' }]);
  });

  it('reports a url line after a header line that went on with article text, and leaves it in the text', () => {
    const r = splitHeader(` date 2025-12-01 Tin\n url ${URL_}\nBody`);
    expect(r).toMatchObject({ text: `Tin\n url ${URL_}\nBody`, headerDate: '2025-12-01', lineOffset: 0 });
    expect(r.url).toBeUndefined();
    expect(r.problems).toEqual([{ line: 2, message: expect.stringMatching(/" url" header line after article text is not read/) }]);
  });

  it('numbers the problem by file line wherever the url line is', () => {
    const r = splitHeader(' url ftp://example.com/a\n date 2025-02-30\nTin');
    expect(r.problems?.map((p) => p.line)).toEqual([1, 2]);
    expect(r).toMatchObject({ text: 'Tin', headerDate: null, lineOffset: 2 });
  });
});
