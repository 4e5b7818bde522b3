import { describe, expect, it } from 'vitest';
import { ownTitleForms } from '../../src/index-data/own-title-forms';

describe('ownTitleForms', () => {
  it('drops the forms that name another country', () => {
    expect(ownTitleForms(['Tổng thống', 'Tổng thống Pháp', 'Tổng thống Liên bang Đức'], ['Pháp', 'Liên bang Đức'])).toEqual(['Tổng thống']);
    expect(ownTitleForms(['President', 'President of France', 'French President'], ['France', 'French'])).toEqual(['President']);
  });

  it('compares whole words with their diacritics, so "Lao động" is not Laos', () => {
    expect(ownTitleForms(['Bộ trưởng Lao động', 'Thủ tướng Lào'], ['Lào'])).toEqual(['Bộ trưởng Lao động']);
    expect(ownTitleForms(['Chủ tịch nước Cuba'], ['Cu'])).toEqual(['Chủ tịch nước Cuba']);
  });

  it('keeps every form when no country is foreign', () => {
    expect(ownTitleForms(['Tổng thống Pháp'], [])).toEqual(['Tổng thống Pháp']);
  });
});
