import { describe, expect, it } from 'vitest';
import { blockInputs, contentSearchFiles, type ContentSearchInput, type SearchFile } from '../../src/index-data/search-files';
import { buildContentKindsFrom, buildLeaderSearch, documentOrder, orderedDocuments } from '../../src/lookup/search-index';
import { loadFixtureIndex } from './fixture-build';

const index = loadFixtureIndex();

/** The fixture's search input as the index stage hands it (index-layout.ts), blocks of two documents. */
function input(quoteText?: { doc: number; from: number }): ContentSearchInput {
  const order = { meetings: documentOrder(Object.values(index.meetings)), quotes: documentOrder(Object.values(index.quotes)) };
  const leaders = buildLeaderSearch(index).leaders;
  const cut = (ids: readonly string[]) => ({ starts: [0], names: [ids[0] ?? 'n0'] });
  const documents = orderedDocuments({ meetings: order.meetings.map((id) => index.meetings[id]!), quotes: order.quotes.map((id) => index.quotes[id]!) }, leaders.ids, {}, false);
  if (quoteText) {
    // One quote says what another does too: its block's words change, the vocabulary does not.
    const fields = [...documents.quotes.fields];
    fields[quoteText.doc] = `${fields[quoteText.doc]!} ${fields[quoteText.from]!}`;
    documents.quotes = { ...documents.quotes, fields };
  }
  return { documents, leaderCount: leaders.ids.length, known: {}, blockSize: 2, hitCuts: { meetings: cut(order.meetings), quotes: cut(order.quotes) } };
}

function drain(files: Generator<SearchFile, unknown>): SearchFile[] {
  const out: SearchFile[] = [];
  for (let next = files.next(); !next.done; next = files.next()) out.push(next.value);
  return out;
}

const blocksOf = (files: SearchFile[]) => files.filter((file) => /^search\/[a-z]+-\d+\.bin\.gz$/.test(file.path));
const previousOf = (files: SearchFile[]) => Object.fromEntries(blocksOf(files).map((file) => [file.path, { inputs: file.inputs!, stamp: file.stamp }]));

describe('contentSearchFiles with the previous build\'s blocks', () => {
  const first = drain(contentSearchFiles({ ...input(), previousBlocks: {} }));

  it('gives every block the fingerprint of what it is made of, and only when asked', () => {
    expect(blocksOf(first).length).toBeGreaterThan(3);
    expect(blocksOf(first).every((file) => typeof file.inputs === 'string' && file.content !== null)).toBe(true);
    expect(first.filter((file) => !blocksOf(first).includes(file)).every((file) => file.inputs === undefined)).toBe(true);
    expect(drain(contentSearchFiles(input())).every((file) => file.inputs === undefined)).toBe(true);
  });

  it('leaves unmade, with the previous stamp, every block made of the same words and people; the dictionaries are made', () => {
    const again = drain(contentSearchFiles({ ...input(), previousBlocks: previousOf(first) }));
    expect(again.map((file) => [file.path, file.stamp])).toEqual(first.map((file) => [file.path, file.stamp]));
    expect(again.filter((file) => file.content === null).map((file) => file.path)).toEqual(blocksOf(first).map((file) => file.path));
  });

  it('makes again the block whose documents changed, and only it, with the bytes of a build without the previous blocks', () => {
    const quoteCount = input().documents.quotes.peopleStarts.length - 1;
    const changed = { doc: quoteCount - 1, from: 0 };
    const fresh = drain(contentSearchFiles(input(changed)));
    const again = drain(contentSearchFiles({ ...input(changed), previousBlocks: previousOf(first) }));
    const lastQuoteBlock = `search/quotes-${Math.ceil(quoteCount / 2) - 1}.bin.gz`;
    expect(again.filter((file) => /-\d+\.bin\.gz$/.test(file.path) && file.content !== null).map((file) => file.path)).toEqual([lastQuoteBlock]);
    expect(again.map((file) => [file.path, file.stamp])).toEqual(fresh.map((file) => [file.path, file.stamp]));
    expect(again.find((file) => file.path === lastQuoteBlock)!.stamp).not.toBe(first.find((file) => file.path === lastQuoteBlock)!.stamp);
    for (const file of again.filter((f) => f.content !== null)) expect(file.content).toEqual(fresh.find((f) => f.path === file.path)!.content);
  });

  it('makes a block whose listed fingerprint is another', () => {
    const wrong = Object.fromEntries(Object.entries(previousOf(first)).map(([path, entry]) => [path, { ...entry, inputs: `${entry.inputs}x` }]));
    expect(drain(contentSearchFiles({ ...input(), previousBlocks: wrong })).every((file) => file.content !== null)).toBe(true);
  });
});

describe('blockInputs', () => {
  it('changes with a block\'s words, its people or the leaders they are numbered against, not with other blocks\' documents', () => {
    const kinds = buildContentKindsFrom(input().documents, 1059);
    const quotes = kinds.quotes;
    const base = blockInputs(quotes, 'quotes', 0, 2, 1059);
    expect(blockInputs(quotes, 'quotes', 0, 2, 1060)).not.toBe(base);
    expect(blockInputs(quotes, 'meetings', 0, 2, 1059)).not.toBe(base);
    const words = quotes.words.slice();
    words[quotes.wordStarts[1]!] = words[quotes.wordStarts[1]!]! + 1;
    expect(blockInputs({ ...quotes, words }, 'quotes', 0, 2, 1059)).not.toBe(base);
    const later = quotes.words.slice();
    later[quotes.wordStarts[2]!] = later[quotes.wordStarts[2]!]! + 1;
    expect(blockInputs({ ...quotes, words: later }, 'quotes', 0, 2, 1059)).toBe(base);
    const people = quotes.people.slice();
    people[0] = people[0]! + 1;
    expect(blockInputs({ ...quotes, people }, 'quotes', 0, 2, 1059)).not.toBe(base);
  });
});
