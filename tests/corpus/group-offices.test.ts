import { describe, expect, it } from 'vitest';
import { groupOffices, heldAny } from '../../src/corpus/group-offices';
import { rulesFor } from '../../src/corpus/language-rules';
import { read, reading, stage } from './stage-fixture';

describe('groupOffices', () => {
  it.each([
    ['en', 'the two prime ministers', ['prime-minister']],
    ['en', 'both foreign ministers', ['foreign-minister']],
    ['en', 'both the prime ministers', ['prime-minister']],
    ['vi', 'hai Thủ tướng', ['prime-minister']],
    ['vi', 'Thủ tướng hai nước', ['prime-minister']],
    ['en', 'the two leaders', []],
    ['en', 'both sides', []],
  ] as const)('reads the offices a %s group names: %j', (language, group, offices) => {
    expect(groupOffices(group, rulesFor(language), stage.registry)).toEqual(offices);
  });

  it('counts an office held that day, not one held before or after', () => {
    expect(heldAny(stage.registry, 'shinzo-abe', ['prime-minister'], '2018-10-08')).toBe(true);
    expect(heldAny(stage.registry, 'shinzo-abe', ['prime-minister'], '2022-05-26')).toBe(false);
  });
});

describe('a titled pair group in an article', () => {
  it('speaks for the pair after "both the" ("Both the Prime Ministers complimented each other …")', () => {
    const facts = reading(
      read(' date 2018-10-09\nJapan-Thailand talks\nJapanese Prime Minister Shinzo Abe held talks with Thai Prime Minister Prayut Chan-o-cha in Tokyo on October 8.\nBoth the Prime Ministers complimented each other on the anniversary of relations.\n'),
    ).facts;
    expect(facts.quotes.map((q) => [...q.speakers].sort())).toEqual([['prayut-chan-o-cha', 'shinzo-abe']]);
  });


  const meetingsOf = (...paragraphs: string[]) =>
    reading(read(` date 2018-10-08\nJapan-Thailand talks\n${paragraphs.join('\n')}\n`)).facts.meetings.map((m) => [...m.participants].sort());

  it('is the last two named who held the office, not the last two named', () => {
    expect(
      meetingsOf(
        'Japanese Prime Minister Shinzo Abe and his Thai counterpart Prayut Chan-o-cha on Monday confirmed their cooperation.',
        'Japan has worked hard since the withdrawal of the United States under President Donald Trump.',
        'The two prime ministers held the talks in Tokyo.',
      ),
    ).toEqual([['prayut-chan-o-cha', 'shinzo-abe']]);
  });

  it('is the only two holders the article named, however far back', () => {
    expect(
      meetingsOf(
        'Japanese Prime Minister Shinzo Abe and his Thai counterpart Prayut Chan-o-cha on Monday confirmed their cooperation.',
        'Abe said Japan hailed the decision.',
        'Abe also said Japan would keep working on trade.',
        'Japan has worked hard since the withdrawal of the United States under President Donald Trump.',
        'Trump has criticised such pacts.',
        'The two prime ministers held the talks in Tokyo.',
      ),
    ).toEqual([['prayut-chan-o-cha', 'shinzo-abe']]);
  });
});
