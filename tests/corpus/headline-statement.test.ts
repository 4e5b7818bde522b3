import { describe, expect, it } from 'vitest';
import { analyse, quoteRows } from './statement-fixture';

// The headline's "speaker: statement" and "statement: speaker" forms (headline-statement.ts), on
// constructed headlines about the frozen ten-person registry's people.
const BODY_VI = 'Chiều 1/12, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Lào.';
const BODY_EN = 'Prime Minister Pham Minh Chinh received the Lao Foreign Minister in Hanoi on December 1.';

describe('headlineStatement (through analyseArticle)', () => {
  it.each([
    ['speaker first, Vietnamese', 'Thủ tướng Phạm Minh Chính: Quan hệ Việt Nam - Lào là tài sản vô giá', BODY_VI, 'Quan hệ Việt Nam'],
    ['speaker last, English', 'Laos is a special partner of Vietnam: Prime Minister Pham Minh Chinh', BODY_EN, 'Laos is a special'],
  ])('attributes a headline with the %s', (_what, title, body, start) => {
    const rows = quoteRows(analyse('2025-12-02', title, body), 4);
    expect(rows[0]).toEqual(['pham-minh-chinh', 'reported', start]);
  });

  it.each([
    ['a place as the kicker', 'Hanoi: Prime Minister Pham Minh Chinh receives the Lao Foreign Minister', BODY_EN],
    ['a list of people', 'Attending: Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone', BODY_EN],
    ['a statement side too short to be one', 'Thủ tướng Phạm Minh Chính: Tiếp tục đổi mới', BODY_VI],
    ['two separators (a kicker and a headline)', 'Exclusive: Laos is a special partner of Vietnam: Prime Minister Pham Minh Chinh', BODY_EN],
  ])('gives no quote for %s', (_what, title, body) => {
    expect(analyse('2025-12-02', title, body).quotes).toEqual([]);
  });

  it('attributes "…: President Putin" above an article whose day is not known, by a title he held', () => {
    const rows = quoteRows(analyse(null, 'Russia views Vietnam as an important partner in the region: President Putin', 'President Vladimir Putin received the Vietnamese delegation in Moscow.'), 4);
    expect(rows[0]).toEqual(['vladimir-putin', 'reported', 'Russia views Vietnam as']);
  });

  it('reads only the headline so: the same line in the body says nothing', () => {
    expect(analyse('2025-12-02', 'Tin', BODY_EN, 'Laos is a special partner of Vietnam: Prime Minister Pham Minh Chinh').quotes).toEqual([]);
  });
});
