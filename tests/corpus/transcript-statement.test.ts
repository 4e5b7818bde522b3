/**
 * A transcript's turns, their speakers by a label in capitals (transcript-statement.ts), read through
 * the whole per-article stage with the real registry.
 */
import { describe, expect, it } from 'vitest';
import { read, reading } from './stage-fixture';

const quotesOf = (lines: readonly string[]) =>
  reading(read(` date 2023-06-04\nOpening remarks at the meeting of the two prime ministers in Hanoi\n${lines.join('\n')}\n`)).facts.quotes.map((q) => [q.speakers, q.kind, q.evidence]);

describe('a transcript turn', () => {
  it('is the labelled speaker’s direct quote, the label a name and a role in capitals', () => {
    expect(
      quotesOf([
        'ANTHONY ALBANESE, PRIME MINISTER: Well, thank you very much for a very warm welcome. We have much to discuss.',
        'PHẠM MINH CHÍNH: I am confident that this visit will be a great success.',
      ]),
    ).toEqual([
      [['anthony-albanese'], 'direct', 'ANTHONY ALBANESE, PRIME MINISTER: Well, thank you very much for a very warm welcome.'],
      [['anthony-albanese'], 'direct', 'We have much to discuss.'],
      [['pham-minh-chinh'], 'direct', 'PHẠM MINH CHÍNH: I am confident that this visit will be a great success.'],
    ]);
  });

  it('runs to the end of its paragraph, each sentence the speaker’s words, and no further', () => {
    expect(
      quotesOf([
        'ANTHONY ALBANESE, PRIME MINISTER: It was great to be welcomed in Hanoi. Here today we discussed trade. Australia and Vietnam are great friends.',
        'The two leaders then toured the Temple of Literature.',
      ]).map((q) => q[2]),
    ).toEqual([
      'ANTHONY ALBANESE, PRIME MINISTER: It was great to be welcomed in Hanoi.',
      'Here today we discussed trade.',
      'Australia and Vietnam are great friends.',
    ]);
  });

  it.each([
    ['a label with lowercase letters (a caption or a kicker)', 'Prime Minister Anthony Albanese: thank you very much for the welcome.'],
    ['a label naming two people', 'ANTHONY ALBANESE AND PHẠM MINH CHÍNH: thank you very much for the welcome.'],
    ['a label with more than a role after the name', 'ANTHONY ALBANESE, PRIME MINISTER, AND GUESTS, HANOI: thank you very much for the welcome.'],
    ['a turn of two words', 'ANTHONY ALBANESE: Thank you.'],
    ['a label that is no person', 'HANOI: Thank you very much for the welcome.'],
  ])('is not read from %s', (_, line) => {
    expect(quotesOf([line])).toEqual([]);
  });

  it('is read only at a paragraph’s start', () => {
    expect(quotesOf(['The remarks were short. ANTHONY ALBANESE: thank you very much for the welcome.'])).toEqual([]);
  });
});
