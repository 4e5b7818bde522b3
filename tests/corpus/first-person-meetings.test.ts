/**
 * Meetings a speaker tells of in the first person inside their own quotation
 * (first-person-meetings.ts), read through the whole per-article stage with the real registry.
 */
import { describe, expect, it } from 'vitest';
import { read, reading } from './stage-fixture';

const meetingsOf = (title: string, line: string) =>
  reading(read(` date 2025-12-02\n${title}\n${line}\n`)).facts.meetings.map((m) => [m.kind, [...m.participants].sort()]);

describe('a meeting told in the first person inside a quotation', () => {
  it.each([
    '“After that, I also held a bilateral meeting with my counterpart from Laos, Sonexay Siphandone. We agreed to cooperate more,” Prime Minister Pham Minh Chinh said.',
    '“In this summit, I had talks with Lao Prime Minister Sonexay Siphandone,” Prime Minister Pham Minh Chinh told reporters.',
  ])('is the speaker’s meeting with the one named: %j', (line) => {
    expect(meetingsOf('Prime Minister speaks after the summit in Vientiane', line)).toEqual([['talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('is read in Vietnamese too', () => {
    const line = 'Thủ tướng Phạm Minh Chính cho biết: “Tôi đã hội đàm với Thủ tướng Lào Sonexay Siphandone tại Viêng Chăn và hai bên nhất trí tăng cường hợp tác”.';
    expect(meetingsOf('Thủ tướng phát biểu sau hội nghị tại Viêng Chăn', line)).toEqual([['talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it.each([
    ['a quotation with no speaker', '“After that, I also held a bilateral meeting with my counterpart from Laos, Sonexay Siphandone.”'],
    ['a meeting of others told in the quotation', '“Sonexay Siphandone held talks with President Luong Cuong, and I was glad of it,” Prime Minister Pham Minh Chinh said.'],
    ['a meeting still to come', '“I hope to meet Prime Minister Sonexay Siphandone soon,” Prime Minister Pham Minh Chinh said.'],
  ])('is not read from %s', (_, line) => {
    expect(meetingsOf('Prime Minister speaks after the summit in Vientiane', line)).toEqual([]);
  });

  it('is read from a paragraph that continues the last direct speaker\'s quotation without closing it', () => {
    const lines = [
      'Prime Minister Pham Minh Chinh spoke to reporters in Vientiane.',
      '“Vietnam and Laos are close friends,” Prime Minister Pham Minh Chinh said.',
      '“In this summit, I also had a bilateral meeting with my counterpart from Laos, Sonexay Siphandone. We agreed to cooperate more.',
    ];
    expect(meetingsOf('Prime Minister speaks after the summit in Vientiane', lines.join('\n'))).toEqual([['talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
    // No direct quotation before it: nobody whose words it continues.
    expect(meetingsOf('Prime Minister speaks after the summit in Vientiane', [lines[0], lines[2]].join('\n'))).toEqual([]);
  });

  it('is read the same when the continuing paragraph opens with a straight mark', () => {
    const lines = [
      'Prime Minister Pham Minh Chinh spoke to reporters in Vientiane.',
      '"Vietnam and Laos are close friends," Prime Minister Pham Minh Chinh said.',
      '"In this summit, I also had a bilateral meeting with my counterpart from Laos, Sonexay Siphandone. We agreed to cooperate more.',
    ];
    expect(meetingsOf('Prime Minister speaks after the summit in Vientiane', lines.join('\n'))).toEqual([['talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });
});
