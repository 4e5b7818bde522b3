import { describe, expect, it } from 'vitest';
import { mergeRegistryParts } from '../../src/registry/merge-registry-parts';
import { RegistryError } from '../../src/registry/registry-error';
import { smallRegistry } from './fixtures';

describe('mergeRegistryParts', () => {
  it('appends the parts\' leaders in include order and drops "include"', () => {
    const { leaders, ...root } = smallRegistry();
    const merged = mergeRegistryParts({ ...root, include: ['x', 'y'], leaders: [] }, [
      { source: 'y.json', json: { leaders: [leaders[1]] } },
      { source: 'x.json', json: { leaders: [leaders[0]] } },
    ]);
    expect((merged.leaders as { id: string }[]).map((l) => l.id)).toEqual(['b', 'a']);
    expect(merged).not.toHaveProperty('include');
  });

  it('merges title and country forms of the same key as a union, keeping the first spelling order', () => {
    const root = smallRegistry();
    const merged = mergeRegistryParts(root, [
      { source: 'cn.json', json: { titles: { president: { vi: ['Chủ tịch nước', 'Chủ tịch'], en: ['President'] } } } },
      { source: 'kh.json', json: { countries: { KH: { vi: ['Campuchia'], en: ['Cambodia'], native: ['កម្ពុជា'] } } } },
    ]);
    expect((merged.titles as Record<string, { vi: string[] }>).president?.vi).toEqual(['Chủ tịch nước', 'Chủ tịch']);
    expect((merged.countries as Record<string, unknown>).KH).toEqual({ vi: ['Campuchia'], en: ['Cambodia'], native: ['កម្ពុជា'] });
  });

  it('joins a title\'s generic nouns per language across parts', () => {
    const root = smallRegistry();
    const merged = mergeRegistryParts(root, [
      { source: 'vn.json', json: { titles: { 'foreign-minister': { vi: ['Bộ trưởng Ngoại giao'], en: ['Foreign Minister'], generic: { en: ['minister'] } } } } },
      { source: 'la.json', json: { titles: { 'foreign-minister': { vi: ['Bộ trưởng Ngoại giao Lào'], en: ['Lao Foreign Minister'], generic: { en: ['minister', 'foreign minister'], vi: ['Bộ trưởng'] } } } } },
    ]);
    expect((merged.titles as Record<string, { generic?: unknown }>)['foreign-minister']?.generic).toEqual({ en: ['minister', 'foreign minister'], vi: ['Bộ trưởng'] });
  });

  it('marks the title forms only a part of other countries\' people gives as used only for foreigners (a home part\'s are home forms)', () => {
    const { leaders, ...root } = smallRegistry();
    const merged = mergeRegistryParts({ ...root, leaders: [] }, [
      { source: 'la.json', json: { titles: { president: { vi: ['Chủ tịch nước Lào'], en: ['President', 'Lao President'] } }, leaders: [leaders[1]] } },
      { source: 'vn.json', json: { titles: { president: { vi: ['Chủ tịch nước'], en: ['State President'] } }, leaders: [leaders[0]] } },
    ]);
    expect((merged.titles as Record<string, { foreignOnly?: string[] }>).president?.foreignOnly).toEqual(['Chủ tịch nước Lào', 'Lao President']);
  });

  it('refuses a part with keys a part may not have, naming the part', () => {
    expect(() => mergeRegistryParts(smallRegistry(), [{ source: 'p.json', json: { asOf: '2026-01-01' } }])).toThrow(RegistryError);
    expect(() => mergeRegistryParts(smallRegistry(), [{ source: 'p.json', json: { asOf: '2026-01-01' } }])).toThrow(/^p\.json: /);
  });

  it('keeps the first file\'s single values (laterNameToken) while joining form lists', () => {
    const merged = mergeRegistryParts(smallRegistry(), [
      { source: 'a.json', json: { countries: { AU: { vi: ['Australia'], en: ['Australia'], laterNameToken: 'last' } } } },
      { source: 'b.json', json: { countries: { AU: { vi: ['Úc'], en: ['Australian'], laterNameToken: 'first' } } } },
    ]);
    expect((merged.countries as Record<string, unknown>).AU).toEqual({ vi: ['Australia', 'Úc'], en: ['Australia', 'Australian'], laterNameToken: 'last' });
  });
});
