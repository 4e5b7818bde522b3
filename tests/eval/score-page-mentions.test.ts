import { describe, expect, it } from 'vitest';
import type { RegistryPerson } from '../../src/eval/expected-full-names';
import { nameScore, scorePageMentions, sumPageScores, type PageMention } from '../../src/eval/score-page-mentions';

const registry: RegistryPerson[] = [
  { id: 'to-lam', name: 'Tô Lâm', forms: ['Tô Lâm', 'To Lam'], short: ['Lâm'] },
  { id: 'lee-hsien-loong', name: 'Lee Hsien Loong', forms: ['Lee Hsien Loong'], short: ['Lee'] },
  { id: 'hun-sen', name: 'Hun Sen', forms: ['Hun Sen'], short: [] },
];
const people = [
  { key: 'to-lam', name: 'Tô Lâm', forms: ['Tổng Bí thư Tô Lâm', 'Tô Lâm', 'Lâm'], leader: true },
  { key: 'lee-hsien-loong', name: 'Lee Hsien Loong', forms: ['Lee Hsien Loong', 'Lee Hsien Long'], leader: true },
  { key: 'kim-jong-un', name: 'Kim Jong Un', forms: ['Kim Jong Un'], leader: true },
];
const text = 'Tổng Bí thư Tô Lâm tiếp Lee Hsien Loong. Ông Lâm nói. Tô Lâm và Lee Hsien Long gặp Kim Jong Un.';
const m = (leaderId: string, text: string, short = false): PageMention => ({ leaderId, name: leaderId, text, short });
const score = (mentions: PageMention[]) => scorePageMentions({ file: 'a.txt', language: 'vi', text, gold: { people }, registry, mentions });

describe('scorePageMentions', () => {
  it('expects every registry full form of the gold people, and counts a page that finds them all as perfect', () => {
    const s = score([m('to-lam', 'Tô Lâm'), m('lee-hsien-loong', 'Lee Hsien Loong'), m('to-lam', 'Lâm', true), m('to-lam', 'Tô Lâm')]);
    expect(s.full).toEqual(nameScore(3, 3, 3));
    expect(s.misses).toEqual([]);
    expect(s.falseHits).toEqual([]);
  });

  it('says whether the full mentions follow the expected occurrences in order', () => {
    expect(score([m('to-lam', 'Tô Lâm'), m('lee-hsien-loong', 'Lee Hsien Loong'), m('to-lam', 'Tô Lâm')]).orderAgrees).toBe(true);
    expect(score([m('lee-hsien-loong', 'Lee Hsien Loong'), m('to-lam', 'Tô Lâm'), m('to-lam', 'Tô Lâm')]).orderAgrees).toBe(false);
  });

  it('ignores short mentions', () => {
    expect(score([m('to-lam', 'Lâm', true)]).full).toEqual(nameScore(0, 0, 3));
  });

  it('counts per person: found beyond the expected and persons not expected are false hits, the rest misses', () => {
    const s = score([m('to-lam', 'Tô Lâm'), m('to-lam', 'Tô Lâm'), m('to-lam', 'Tô Lâm'), m('hun-sen', 'Hun Sen')]);
    expect(s.full).toEqual(nameScore(2, 4, 3));
    expect(s.falseHits).toEqual([{ leaderId: 'to-lam', text: 'Tô Lâm' }, { leaderId: 'hun-sen', text: 'Hun Sen' }]);
    expect(s.misses).toEqual([{ id: 'lee-hsien-loong', text: 'Lee Hsien Loong' }]);
  });

  it('counts full spellings the registry lacks only in the strict score, and lists them', () => {
    const s = score([m('to-lam', 'Tô Lâm'), m('lee-hsien-loong', 'Lee Hsien Loong'), m('to-lam', 'Tô Lâm')]);
    expect(s.full.recall).toBe(1);
    expect(s.strict).toEqual(nameScore(3, 3, 4));
    expect(s.unregisteredHits).toEqual([{ id: 'lee-hsien-loong', text: 'Lee Hsien Long' }]);
  });

  it('leaves a found person out of the measure when they name a gold person outside the registry, and counts them wrong otherwise', () => {
    const s = score([m('corpus-kim', 'Kim Jong Un'), m('corpus-x', 'Bắc Kinh')]);
    expect(s.foundPeopleRight).toEqual([{ leaderId: 'corpus-kim', text: 'Kim Jong Un' }]);
    expect(s.falseHits).toEqual([{ leaderId: 'corpus-x', text: 'Bắc Kinh' }]);
    expect(s.full.found).toBe(1);
  });

  it('reports gold people outside the registry', () => {
    expect(score([]).notInRegistry.map((p) => p.key)).toEqual(['kim-jong-un']);
  });
});

describe('sumPageScores', () => {
  it('adds the counts of pages and recomputes the ratios', () => {
    const a = score([m('to-lam', 'Tô Lâm')]);
    const b = score([m('to-lam', 'Tô Lâm'), m('lee-hsien-loong', 'Lee Hsien Loong'), m('to-lam', 'Tô Lâm')]);
    const total = sumPageScores([a, b]);
    expect(total.full).toEqual(nameScore(4, 4, 6));
    expect(total.pages).toBe(2);
    expect(total.notInRegistry).toBe(2);
    expect(total.notInRegistryLeaders).toBe(2);
    expect(total.notInRegistryLeadersDistinct).toBe(1);
    expect(total.inOrder).toBe(1);
  });
});
