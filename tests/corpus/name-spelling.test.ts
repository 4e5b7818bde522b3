import { describe, expect, it } from 'vitest';
import { closeSpelling, editDistance, isShortenedName, sameWordsLoosely, spelledAlike } from '../../src/corpus/name-spelling';

describe('name spelling', () => {
  it('counts edits up to a limit, and one more as soon as the limit is passed', () => {
    expect(editDistance('muray mccully', 'murray mccully', 2)).toBe(1);
    expect(editDistance('keovonsa', 'keovongsa', 1)).toBe(1);
    expect(editDistance('sonexay', 'saleumxay', 2)).toBe(3);
  });

  it('takes transliterations word by word, each begun alike and a third of it at most changed', () => {
    expect(sameWordsLoosely('thongloun sisoulith', 'thongla sisolith')).toBe(true);
    expect(sameWordsLoosely('thongloun sisoulith', 'khamla sisavath')).toBe(false);
    // As many words, two at least.
    expect(sameWordsLoosely('thongloun sisoulith', 'thongloun')).toBe(false);
  });

  it('takes a name with words left out, its first word kept', () => {
    expect(isShortenedName('salvador valdes mesa', 'salvador valdes')).toBe(true);
    expect(isShortenedName('anura kumara dissanayake', 'anura dissanayake')).toBe(true);
    expect(isShortenedName('salvador valdes mesa', 'valdes mesa')).toBe(false);
  });

  it('is close within an edit, or two edits from twelve letters written', () => {
    expect(closeSpelling('bounmy keovongsa', 'bounmy keovonsa')).toBe(true);
    expect(closeSpelling('bounmy keovongsa', 'bounmy keovosa')).toBe(true);
    expect(closeSpelling('hun sen', 'hon son')).toBe(false);
  });

  it('is alike within an edit (two from twelve letters) or word by word', () => {
    expect(spelledAlike('murray mccully', 'muray mccully')).toBe(true);
    expect(spelledAlike('bounmy keovongsa', 'bounmy keovonsa')).toBe(true);
    expect(spelledAlike('thongloun sisoulith', 'thongla sisolith')).toBe(true);
    expect(spelledAlike('bounmy keovongsa', 'saleumxay kommasith')).toBe(false);
  });
});
