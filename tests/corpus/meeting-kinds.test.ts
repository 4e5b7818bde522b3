import { rulesFor } from '../../src/corpus/language-rules';
import { describe, expect, it } from 'vitest';
import { findMeetingWords, isRemote, kindsCompatible, moreSpecificKind } from '../../src/corpus/meeting-kinds';
import type { MeetingKind } from '../../src/model/export-types';

describe('findMeetingWords', () => {
  it.each([
    ['X hội đàm với Y', 'talks'],
    ['X và Y đã có cuộc Hội đàm trực tuyến', 'online_talks'],
    ['X điện đàm với Y', 'phone_call'],
    ['X hội kiến với Y', 'courtesy_call'],
    ['X tiếp đồng chí Y', 'reception'],
    ['X tiếp Đại sứ Y', 'reception'],
    ['cuộc gặp cấp cao giữa hai Đảng', 'summit'],
    ['X thăm cấp Nhà nước tới Lào', 'visit'],
    ['X gặp gỡ Y', 'other'],
  ])('reads %j as %s', (sentence, kind) => {
    expect(findMeetingWords(sentence, [], rulesFor('vi'))[0]?.kind).toBe(kind);
  });

  it.each([
    ['General Secretary To Lam held talks with', 'talks'],
    ['President Putin received the delegation', 'reception'],
    ['the two leaders held phone talks', 'phone_call'],
    ['he paid a courtesy call on the President', 'courtesy_call'],
    ['the Prime Minister met with the Japanese Foreign Minister', 'other'],
    ['Yoon hosted Mr Thuong', 'reception'],
    ['during his state visit to Laos', 'visit'],
    ['the leaders held online talks', 'online_talks'],
  ])('reads English %j as %s', (sentence, kind) => {
    expect(findMeetingWords(sentence, [], rulesFor('en'))[0]?.kind).toBe(kind);
  });

  it.each(['the ministry received support', 'welcomed visitors to the fair', 'meeting the needs of people'])(
    'finds no meeting in English %j',
    (sentence) => {
      expect(findMeetingWords(sentence, [], rulesFor('en'))).toEqual([]);
    },
  );

  it.each(['Hai bên tiếp tục hợp tác', 'gửi lời thăm hỏi', 'đi tham quan bảo tàng', 'gặp khó khăn', 'tiếp xúc cử tri'])(
    'finds no meeting in %j',
    (sentence) => {
      expect(findMeetingWords(sentence, [], rulesFor('vi'))).toEqual([]);
    },
  );

  it('skips meeting words inside quotations', () => {
    expect(findMeetingWords('Ông nói “hội đàm rất tốt”', [[8, 26]], rulesFor('vi'))).toEqual([]);
  });
});

describe('kindsCompatible', () => {
  it('treats talks told as online talks, or a vague "gặp", as one meeting', () => {
    expect(kindsCompatible('talks', 'online_talks')).toBe(true);
    expect(kindsCompatible('other', 'reception')).toBe(true);
  });

  it('keeps a visit apart from the talks held during it', () => {
    expect(kindsCompatible('visit', 'talks')).toBe(false);
  });
});

describe('isRemote', () => {
  it('tells a call and online talks from meetings in person', () => {
    const remote: MeetingKind[] = ['phone_call', 'online_talks'];
    const inPerson: MeetingKind[] = ['talks', 'reception', 'courtesy_call', 'visit', 'summit', 'other'];
    expect(remote.every(isRemote)).toBe(true);
    expect(inPerson.some(isRemote)).toBe(false);
  });
});

describe('moreSpecificKind', () => {
  it('prefers the more specific word', () => {
    expect(moreSpecificKind('talks', 'online_talks')).toBe('online_talks');
    expect(moreSpecificKind('courtesy_call', 'other')).toBe('courtesy_call');
  });

  it('names the same two people\'s welcome and talks of one day talks, whichever is told first', () => {
    expect(moreSpecificKind('reception', 'talks')).toBe('talks');
    expect(moreSpecificKind('talks', 'reception')).toBe('talks');
    expect(moreSpecificKind('talks', 'phone_call')).toBe('phone_call');
  });
});

describe('findMeetingWords: a passive with words of manner before the verb', () => {
  it.each([
    'Y was warmly welcomed by X in Hanoi',
    'Y was also cordially received by X',
    'Y was officially welcomed by X at the palace',
  ])('reads %j as a passive reception with its doer after "by"', (sentence) => {
    const [hit] = findMeetingWords(sentence, [], rulesFor('en'));
    expect(hit).toMatchObject({ kind: 'reception', passive: true });
    expect(sentence.slice(hit!.agentEnd)).toMatch(/^ X/);
  });

  it.each(['Y was hosted to an official dinner by X', 'Y was hosted to a state banquet by X'])('reads %j as a passive with its doer after the meal it was hosted to', (sentence) => {
    const [hit] = findMeetingWords(sentence, [], rulesFor('en'));
    expect(hit).toMatchObject({ kind: 'reception', passive: true });
    expect(sentence.slice(hit!.agentEnd)).toBe(' X');
  });

  it('reads no passive where no marker stands before the words of manner', () => {
    expect(findMeetingWords('X warmly welcomed Mr Y', [], rulesFor('en'))[0]?.passive).toBeUndefined();
  });
});

describe('findMeetingWords: a time or place inside a phrase, after its first word', () => {
  const en = rulesFor('en');
  const spans = (sentence: string) => findMeetingWords(sentence, [], en).map((h) => [h.kind, sentence.slice(h.start, h.end)]);

  it.each([
    ['Secretary Blinken spoke today with Minister Minh.', 'spoke today with'],
    ['Secretary Blinken spoke on Monday with Minister Minh.', 'spoke on Monday with'],
    ['Secretary Blinken talked in Hanoi with Minister Minh.', 'talked in Hanoi with'],
  ])('finds the phrase around it: %s', (sentence, phrase) => {
    expect(spans(sentence)).toEqual([['other', phrase]]);
  });

  it('gives the split phrase its own kind ("spoke today by phone" is a call)', () => {
    expect(spans('Secretary Blinken spoke today by phone with Minister Minh.')).toEqual([['phone_call', 'spoke today by phone']]);
  });

  it('finds nothing when the words around the adjunct make no phrase, or another word stands there', () => {
    expect(spans('Secretary Blinken spoke today about Minister Minh.')).toEqual([]);
    expect(spans('Secretary Blinken spoke warmly with Minister Minh.')).toEqual([]);
  });

  it('leaves a phrase found whole as it was ("met today with": "met")', () => {
    expect(spans('Secretary Blinken met today with Minister Minh.')).toEqual([['other', 'met']]);
  });
});
