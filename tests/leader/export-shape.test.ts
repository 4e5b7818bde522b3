import { describe, expect, it } from 'vitest';
import { exportArticleOf, exportMeetingOf, exportQuoteOf } from '../../src/leader/export-shape';
import { recordFor } from '../../src/lookup/record';
import { fixtureBuild, loadFixtureIndex, PUTIN_URL } from '../index-data/fixture-build';

const index = loadFixtureIndex();

describe('exportMeetingOf, exportQuoteOf, exportArticleOf', () => {
  it('give back exactly the corpus export\'s meetings, quotes and articles', () => {
    const record = recordFor(index, 'to-lam', { quotes: { limit: 100 } })!;
    const byId = new Map(fixtureBuild.data.meetings.map((m) => [m.id, m]));
    for (const meeting of record.meetings) expect(exportMeetingOf(meeting)).toEqual(byId.get(meeting.id));
    const quotes = new Map(fixtureBuild.data.quotes.map((q) => [q.id, q]));
    for (const quote of record.quotes) expect(exportQuoteOf(quote)).toEqual(quotes.get(quote.id));
    const moscow = record.meetings.find((m) => m.id === 'm-moscow-2025')!;
    expect(exportArticleOf(moscow.sources[0]!)).toEqual({ id: 'a-putin', file: 'putin.txt', title: 'Tô Lâm thăm Nga', date: '2025-05-09', dateInferred: false, url: PUTIN_URL });
  });
});
