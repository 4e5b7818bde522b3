import { describe, expect, it } from 'vitest';
import { splitReportingVerb } from '../../src/lookup/quote-verb';

describe('splitReportingVerb', () => {
  it.each([
    ['khẳng định, trên cương vị mới, sẽ tiếp tục vun đắp quan hệ', 'khẳng định', 'trên cương vị mới, sẽ tiếp tục vun đắp quan hệ'],
    ['khẳng định lại cam kết của Lào', 'khẳng định lại', 'cam kết của Lào'],
    ['nhấn mạnh rằng đoàn kết là sức mạnh', 'nhấn mạnh', 'đoàn kết là sức mạnh'],
    ['affirmed that Viet Nam values its ties with Laos', 'affirmed', 'Viet Nam values its ties with Laos'],
    ['Called for closer cooperation', 'Called for', 'closer cooperation'],
  ])('splits "%s" into its verb and its words', (text, verb, words) => {
    expect(splitReportingVerb(text)).toEqual({ verb, words });
  });

  it.each([
    ['Việt Nam luôn coi trọng quan hệ đặc biệt với Lào'],
    ['saidno more'],
    ['nói'],
  ])('leaves "%s" whole: it does not begin with a speech verb followed by words', (text) => {
    expect(splitReportingVerb(text)).toEqual({ verb: null, words: text });
  });
});
