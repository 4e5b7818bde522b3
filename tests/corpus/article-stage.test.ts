import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/corpus/article-stage';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { CORPUS, TODAY, stage, seedFiles, seedBytes, read, reading, FOUND, NAMES_FOUND_UNTITLED } from './stage-fixture';

describe('readArticleFile', () => {
  it('reads a seed article as buildCorpus does, without the id and file name the merge stage gives', () => {
    const build = buildCorpus({ corpusDir: CORPUS, today: TODAY });
    seedFiles.forEach((file, i) => {
      const { id: _id, file: _file, ...article } = build.articles[i]!;
      expect(reading(read(seedBytes(file))).article).toEqual(article);
    });
  });

  it('skips a file that is not an article, with the reason and any header problem', () => {
    expect(read('<!doctype html><html><body><p>Tin</p></body></html>')).toMatchObject({ skip: expect.stringContaining('HTML') });
    expect(read(' date 2025-13-45\n')).toEqual({ skip: 'empty article: nothing after the header', headerProblems: [{ line: 1, message: expect.stringContaining('2025-13-45') }] });
  });

  it('carries the article\'s address from its url header line, and the header lines\' problems with their lines', () => {
    const result = read(' date 2025-11-20\n url https://vnexpress.net/a-1.html\nThủ tướng tiếp Đại sứ\n\nChiều 20/11, Thủ tướng đã tiếp Đại sứ Nhật Bản.\n');
    expect(reading(result).article.url).toBe('https://vnexpress.net/a-1.html');
    const refused = read(' date 2025-11-20\n url javascript:alert(1)\nThủ tướng tiếp Đại sứ\n\nChiều 20/11, Thủ tướng đã tiếp Đại sứ Nhật Bản.\n');
    expect('url' in reading(refused).article).toBe(false);
    expect(refused).toMatchObject({ headerProblems: [{ line: 2, message: expect.stringContaining('header url refused') }] });
  });

  it('asks for the day of the build only when the article\'s date lacks a year', () => {
    const asked: string[] = [];
    for (const file of seedFiles) read(seedBytes(file), () => (asked.push(file), TODAY));
    // "Chiều 8/11" is the only seed article dated without a year.
    expect(asked).toEqual([seedFiles[0]]);
  });

  it('reads an article the same whichever articles were read before it', () => {
    const texts = [...seedFiles.map(seedBytes), Buffer.from(FOUND), Buffer.from(NAMES_FOUND_UNTITLED)];
    const forward = texts.map((t) => read(t));
    const backward = [...texts].reverse().map((t) => read(t)).reverse();
    expect(backward).toEqual(forward);
  });

  it('gives plain data: a JSON round trip (the cache) and a structured clone (a worker\'s answer) keep it whole', () => {
    const result = read(seedBytes(seedFiles[1]!));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(structuredClone(result)).toStrictEqual(result);
  });
});

