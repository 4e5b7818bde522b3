import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseAgain, readParagraphs, rereadArticle } from '../../src/corpus/reread-article';
import { widenRegistry } from '../../src/corpus/corpus-merge';
import { CORPUS, registry, stage, seedFiles, seedBytes, read, reading, FOUND, NAMES_FOUND_UNTITLED } from './stage-fixture';

describe('readParagraphs', () => {
  it('gives the title and the body in file order, with file lines and captions marked', () => {
    const r = reading(read(seedBytes(seedFiles[0]!)));
    const paragraphs = readParagraphs(r);
    expect(paragraphs[0]).toEqual({ text: r.article.title, line: r.titleLine, caption: false });
    expect(paragraphs.slice(1).map((p) => p.text)).toEqual(r.article.paragraphs.map((p) => p.text));
    expect(paragraphs.map((p) => p.line)).toEqual([...paragraphs.map((p) => p.line)].sort((a, b) => a - b));
    expect(paragraphs.filter((p) => p.caption).map((p) => p.line)).toEqual(r.captionLines);
  });
});

describe('rereadArticle', () => {
  const admitted = [FOUND, NAMES_FOUND_UNTITLED, readFileSync(join(CORPUS, 'articles', seedFiles[2]!), 'utf8')].map((text, i) => ({
    id: `a${i}`,
    file: `a${i}.txt`,
    reading: reading(read(text)),
  }));
  const widening = widenRegistry(registry, admitted)!;

  it('reads an article that titled the found person again, and the meetings are theirs', () => {
    expect(widening.found.map((f) => f.leader.id)).toEqual(['bounmy-keovongsa']);
    expect(admitted[0]!.reading.facts.meetings.flatMap((m) => m.participants)).not.toContain('bounmy-keovongsa');
    const again = rereadArticle(admitted[0]!.reading, widening.stage);
    expect(again?.meetings.map((m) => [...m.participants].sort())).toEqual([['bounmy-keovongsa', 'pham-minh-chinh']]);
    expect(again?.unknown).toEqual(admitted[0]!.reading.facts.unknown);
  });

  it('reads an article that names the found person without a title again too', () => {
    expect(rereadArticle(admitted[1]!.reading, widening.stage)?.meetings.flatMap((m) => m.participants)).toContain('bounmy-keovongsa');
  });

  it('reads an article that titled the found person with a letter of the name changed again, and the titled name is the found person\'s', () => {
    const misspelt = reading(read(' date 2025-12-06\nTin đối ngoại\nChiều 5/12, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Lào Bounmy Keovonsa.\n'));
    expect(misspelt.facts.unknown.map((u) => u.name)).toEqual(['Bounmy Keovonsa']);
    const again = rereadArticle(misspelt, widening.stage);
    expect(again?.meetings.map((m) => [...m.participants].sort())).toEqual([['bounmy-keovongsa', 'pham-minh-chinh']]);
    // Another country's minister of a name as close is not read again for them.
    const other = reading(read(' date 2025-12-06\nTin đối ngoại\nChiều 5/12, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Campuchia Bounmy Keovonsa.\n'));
    expect(rereadArticle(other, widening.stage)).toBeNull();
  });

  it('leaves an article that does not name them as it was: null', () => {
    expect(rereadArticle(admitted[2]!.reading, widening.stage)).toBeNull();
  });
});

describe('analyseAgain', () => {
  const first = reading(read(NAMES_FOUND_UNTITLED));
  const widening = widenRegistry(registry, [{ id: 'a0', file: 'a0.txt', reading: reading(read(FOUND)) }])!;

  it('reads the article with the registry it is given whether or not it names anyone new, keeping the first unknown', () => {
    const withHim = analyseAgain(first, widening.stage);
    expect(withHim.meetings.flatMap((m) => m.participants)).toContain('bounmy-keovongsa');
    expect(withHim.unknown).toEqual(first.facts.unknown);
    // With the registry alone, the first reading again.
    expect(analyseAgain({ ...first, facts: withHim }, stage)).toEqual(first.facts);
  });
});
