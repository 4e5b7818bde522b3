import { describe, expect, it } from 'vitest';
import { recordExport, recordExportText } from '../../src/leader/export-json';
import { recordFor } from '../../src/lookup/record';
import { fixtureBuild, loadFixtureIndex, PUTIN_URL } from '../index-data/fixture-build';

const index = loadFixtureIndex();

function viewOf(filter = {}) {
  const record = recordFor(index, 'to-lam', { filter, quotes: { limit: 100 } })!;
  return { leaderId: 'to-lam', meetings: record.meetings, quotes: record.quotes, people: record.people };
}

describe('recordExport', () => {
  it('has exactly the corpus export\'s fields, with the items in view as the export has them', () => {
    const file = recordExport(viewOf());
    expect(Object.keys(file).sort()).toEqual(['articles', 'leaders', 'meetings', 'quotes', 'skipped', 'unknown']);
    const meetings = new Map(fixtureBuild.data.meetings.map((m) => [m.id, m]));
    expect(file.meetings).toEqual(viewOf().meetings.map((m) => meetings.get(m.id)));
    const quotes = new Map(fixtureBuild.data.quotes.map((q) => [q.id, q]));
    expect(file.quotes).toEqual(viewOf().quotes.map((q) => quotes.get(q.id)));
    expect(file.unknown).toEqual([]);
    expect(file.skipped).toEqual([]);
  });

  it('lists the leader and everyone the items name, and every article they come from, once', () => {
    const file = recordExport(viewOf({ with: 'vladimir-putin' }));
    expect(file.leaders.map((leader) => leader.id)).toEqual(['to-lam', 'vladimir-putin']);
    expect(file.leaders[1]).toMatchObject({ name: 'Vladimir Putin', country: 'RU', origin: 'registry' });
    expect(file.articles).toEqual([{ id: 'a-putin', file: 'putin.txt', title: 'Tô Lâm thăm Nga', date: '2025-05-09', dateInferred: false, url: PUTIN_URL }]);
  });

  it('is UTF-8 JSON text that parses back to the same export', () => {
    const view = viewOf();
    expect(JSON.parse(recordExportText(view))).toEqual(recordExport(view));
    expect(recordExportText(view)).toContain('Tô Lâm');
  });
});
