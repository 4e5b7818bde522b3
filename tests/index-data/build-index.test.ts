import { describe, expect, it } from 'vitest';
import { loadNameTable } from '../../src/names/name-table';
import { buildExtensionIndex } from '../../src/index-data/build-index';
import { INDEX_FORMAT_VERSION } from '../../src/index-data/format';
import { fixtureBuild, PUTIN_URL, registry } from './fixture-build';

const index = buildExtensionIndex(fixtureBuild);

describe('buildExtensionIndex', () => {
  it('records the format version', () => {
    expect(index.formatVersion).toBe(INDEX_FORMAT_VERSION);
  });

  it('has one leader per registry entry, with every name form and dated, titled offices', () => {
    expect(Object.keys(index.leaders)).toEqual(registry.leaders.map((l) => l.id));
    const toLam = index.leaders['to-lam']!;
    expect(toLam.aliases).toEqual(expect.arrayContaining(['Tô Lâm', 'To Lam', 'Lâm']));
    expect(toLam.countryName).toEqual({ vi: 'Việt Nam', en: 'Vietnam' });
    expect(toLam.offices).toContainEqual(
      expect.objectContaining({ office: 'general-secretary', start: '2024-08-03', end: null, title: { vi: 'Tổng Bí thư', en: 'General Secretary' } }),
    );
  });

  it('gives each leader a card of the meetings and quotes they take part in, by id', () => {
    expect(index.cards['to-lam']).toEqual({
      meetingIds: ['m-laos-2024', 'm-moscow-2025', 'm-laos-undated', 'm-cuong-2024'],
      quoteIds: ['q-direct', 'q-moscow', 'q-joint', 'q-undated', 'q-cuong'],
    });
    expect(index.cards['kaysone-phomvihane']).toEqual({ meetingIds: [], quoteIds: [] });
    for (const card of Object.values(index.cards)) {
      for (const id of card.meetingIds) expect(index.meetings[id]).toBeDefined();
      for (const id of card.quoteIds) expect(index.quotes[id]).toBeDefined();
    }
  });

  it('keeps each article\'s cleaned paragraphs with their line numbers, for the reader page', () => {
    expect(index.articles['a-putin']?.paragraphs).toEqual([{ text: 'Tổng Bí thư Tô Lâm thăm chính thức Liên bang Nga.', line: 2 }]);
  });

  it('carries an article\'s original address where the corpus gives one, and no url field elsewhere', () => {
    expect(index.articles['a-putin']?.url).toBe(PUTIN_URL);
    expect(index.articles['a-laos']).not.toHaveProperty('url');
  });

  it('ships a matcher that finds names and titles in page text', () => {
    const names = loadNameTable(JSON.parse(JSON.stringify(index.matcher)));
    const found = names.matcher.find('Tổng Bí thư Tô Lâm gặp Tổng thống Vladimir Putin').map((m) => names.meanings[m.id]);
    expect(found).toContainEqual({ kind: 'leader', leaderId: 'to-lam' });
    expect(found).toContainEqual({ kind: 'leader', leaderId: 'vladimir-putin' });
    expect(found).toContainEqual(expect.objectContaining({ kind: 'title', office: 'general-secretary' }));
  });

  it('is deterministic: the same corpus gives the same bytes', () => {
    expect(JSON.stringify(buildExtensionIndex(fixtureBuild))).toBe(JSON.stringify(index));
  });

  it('marks a person found in the corpus with the title the articles give them, and nobody else', () => {
    const person = { ...registry.leaders[0]!, id: 'richard-marles', name: 'Richard Marles', country: 'AU', forms: ['Richard Marles'], short: [], offices: [] };
    const widened = { ...registry, leaders: [...registry.leaders, person] };
    const built = buildExtensionIndex({ ...fixtureBuild, registry: widened, found: [{ leader: person, title: 'Bộ trưởng Quốc phòng Australia' }] });
    expect(built.leaders['richard-marles']?.foundTitle).toBe('Bộ trưởng Quốc phòng Australia');
    expect(built.leaders['to-lam']).not.toHaveProperty('foundTitle');
  });

  it('names the country of a meeting place that is a country, in both languages, and no other place', () => {
    const withPlaces = buildExtensionIndex({
      ...fixtureBuild,
      data: { ...fixtureBuild.data, meetings: fixtureBuild.data.meetings.map((m, i) => (i === 0 ? { ...m, place: 'Lào' } : m)) },
    });
    expect(withPlaces.placeCountries?.['Lào']).toEqual({ vi: 'Lào', en: 'Laos' });
    expect(withPlaces.placeCountries).not.toHaveProperty('Hà Nội');
  });

  it('gives a leader no title form that names another country, and keeps it for that country’s leaders', () => {
    const president = registry.titles['president']!;
    const withCountryForms = { ...registry, titles: { ...registry.titles, president: { ...president, vi: [...president.vi, 'Tổng thống Nga'], en: [...president.en, 'Russian President'] } } };
    const built = buildExtensionIndex({ ...fixtureBuild, registry: withCountryForms });
    expect(built.searchForms['to-lam']!.titles).toContain('Chủ tịch nước');
    expect(built.searchForms['to-lam']!.titles).not.toContain('Tổng thống Nga');
    expect(built.searchForms['to-lam']!.titles).not.toContain('Russian President');
    expect(built.searchForms['vladimir-putin']!.titles).toEqual(expect.arrayContaining(['Tổng thống Nga', 'Russian President']));
  });

  it('holds an item whose id is __proto__ as an item, in order, as Object.fromEntries would', () => {
    const article = { ...fixtureBuild.articles[0]!, id: '__proto__' };
    const built = buildExtensionIndex({ ...fixtureBuild, articles: [article, ...fixtureBuild.articles.slice(1)] });
    expect(Object.keys(built.articles)).toEqual(['__proto__', ...fixtureBuild.articles.slice(1).map((a) => a.id)]);
    expect(Object.hasOwn(built.articles, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(built.articles)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(built.articles))['__proto__'].title).toBe(article.title);
  });

  it('puts a meeting or quote on a person\'s card once, however often it names them', () => {
    const quote = { ...fixtureBuild.data.quotes[0]!, id: 'q-twice', speakers: ['to-lam', 'thongloun-sisoulith', 'to-lam'] };
    const built = buildExtensionIndex({ ...fixtureBuild, data: { ...fixtureBuild.data, quotes: [...fixtureBuild.data.quotes, quote] } });
    expect(built.cards['to-lam']!.quoteIds.filter((id) => id === 'q-twice')).toEqual(['q-twice']);
    expect(built.cards['thongloun-sisoulith']!.quoteIds).toContain('q-twice');
  });
});
