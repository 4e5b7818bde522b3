import { describe, expect, it } from 'vitest';
import { findDatePhrases } from '../../src/corpus/date-phrases';
import { checkRolledDay } from '../../src/corpus/rolled-day';
import { registry } from './registry-fixture';

// Lương Cường's first office in the ten-person registry starts on 2024-05-16; Thongloun's in 2006.
const phrase = findDatePhrases('ngày 13/1')[0]!;
const rolled = { date: '2024-01-13', dateEnd: null, approx: null, inferred: true };

describe('checkRolledDay', () => {
  it('moves a day rolled back to before any office of a participant into the article\'s year, when that is days after the page', () => {
    expect(checkRolledDay(rolled, phrase, '2025-01-07', ['luong-cuong', 'thongloun-sisoulith'], registry)).toEqual({ ...rolled, date: '2025-01-13' });
  });

  it('gives no day when the article\'s year puts it weeks after the page', () => {
    const late = findDatePhrases('ngày 13/3')[0]!;
    expect(checkRolledDay({ ...rolled, date: '2024-03-13' }, late, '2025-01-07', ['luong-cuong'], registry).date).toBeNull();
  });

  it('keeps a rolled day its participants could have met on, a day in the article\'s year, and a written year', () => {
    expect(checkRolledDay(rolled, phrase, '2025-01-07', ['thongloun-sisoulith'], registry)).toBe(rolled);
    const same = { ...rolled, date: '2025-01-13' };
    expect(checkRolledDay(same, phrase, '2025-01-20', ['luong-cuong'], registry)).toBe(same);
    const written = findDatePhrases('ngày 13/1/2024')[0]!;
    expect(checkRolledDay(rolled, written, '2025-01-07', ['luong-cuong'], registry)).toBe(rolled);
  });
});
