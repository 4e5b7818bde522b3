import { describe, expect, it } from 'vitest';
import { expectedPeople, missingSpellings, type RegistryPerson } from '../../src/eval/expected-full-names';

const registry: RegistryPerson[] = [
  { id: 'to-lam', name: 'Tô Lâm', forms: ['Tô Lâm', 'To Lam'], short: ['Lâm'] },
  { id: 'xi-jinping', name: 'Xi Jinping', forms: ['Xi Jinping', 'Tập Cận Bình'], short: ['Xi'] },
  { id: 'lee-hsien-loong', name: 'Lee Hsien Loong', forms: ['Lee Hsien Loong'], short: ['Lee'] },
];
const person = (key: string, name: string, forms: string[], leader = true) => ({ key, name, forms, leader });

describe('expectedPeople', () => {
  it('ties a gold person to the registry by key, or by a full form when the key differs', () => {
    const { inRegistry, notInRegistry } = expectedPeople(
      { people: [person('to-lam', 'Tô Lâm', ['Tô Lâm']), person('tap-can-binh', 'Tập Cận Bình', ['Chủ tịch Tập Cận Bình'])] },
      registry,
    );
    expect(inRegistry.map((p) => [p.key, p.id, p.mappedBy])).toEqual([
      ['to-lam', 'to-lam', 'key'],
      ['tap-can-binh', 'xi-jinping', 'form'],
    ]);
    expect(inRegistry[0]!.registryForms).toEqual(['Tô Lâm', 'To Lam']);
    expect(notInRegistry).toEqual([]);
  });

  it('does not tie a person by key alone when no name of theirs is the registry person\'s', () => {
    const { inRegistry, notInRegistry } = expectedPeople({ people: [person('to-lam', 'Tô Văn Lâm', ['Tô Văn Lâm'], false)] }, registry);
    expect(inRegistry).toEqual([]);
    expect(notInRegistry).toEqual([{ key: 'to-lam', name: 'Tô Văn Lâm', forms: ['Tô Văn Lâm'], leader: false }]);
  });

  it('lists the people the registry lacks, office-holders or not', () => {
    const { notInRegistry } = expectedPeople({ people: [person('kim-jong-un', 'Kim Jong Un', ['Kim Jong Un']), person('cale-brown', 'Cale Brown', [], false)] }, registry);
    expect(notInRegistry.map((p) => [p.key, p.leader])).toEqual([['kim-jong-un', true], ['cale-brown', false]]);
  });
});

describe('missingSpellings', () => {
  const lee = registry[2]!;
  it('takes a misspelt full name, even one holding a short form ("Lee")', () => {
    expect(missingSpellings({ forms: ['Lee Hsien Loong', 'Lee Hsien Long', 'Prime Minister of Singapore Lee Hsien Long'] }, lee)).toEqual(['Lee Hsien Long']);
  });

  it('takes another transliteration that shares no word with the registry\'s forms', () => {
    const onlyPinyin = { ...registry[1]!, forms: ['Xi Jinping'] };
    expect(missingSpellings({ forms: ['Tập Cận Bình', 'đồng chí Tập Cận Bình', 'Xi Jinping'] }, onlyPinyin)).toEqual(['Tập Cận Bình']);
  });

  it('leaves out titled forms, short forms and title + short form', () => {
    const toLam = registry[0]!;
    expect(missingSpellings({ forms: ['Tổng Bí thư Tô Lâm', 'Lâm', 'ông Lâm', 'Tổng Bí thư Lâm', 'TBT Lam'] }, toLam)).toEqual([]);
  });
});
