import { describe, expect, it } from 'vitest';
import { fieldLabel, importProblemText, repairText, saveProblemText } from '../../../src/settings/ui/option-text';
import { SETTING_FIELDS } from '../../../src/settings/settings-schema';

describe('fieldLabel', () => {
  it.each(SETTING_FIELDS)('names %s in both languages', (field) => {
    for (const lang of ['en', 'vi'] as const) expect(fieldLabel(field, lang)).not.toMatch(/^options_|^[a-z]+[A-Z]/);
  });

  it('names each card section', () => {
    expect(fieldLabel('sections.quotes', 'vi')).toBe('Phát biểu');
  });
});

describe('repairText', () => {
  it('says which setting was reset and why', () => {
    expect(repairText({ field: 'hoverDelayMs', code: 'invalid', reason: 'x' }, 'en')).toBe(
      'Wait before the card opens, in milliseconds (0–3000): the saved value was not valid.',
    );
    expect(repairText({ field: 'theme', code: 'newer-version', reason: 'x' }, 'vi')).toContain('phiên bản Leaderlens mới hơn');
  });
});

describe('saveProblemText and importProblemText', () => {
  it('say that nothing changed, and why, in the reader\'s language', () => {
    expect(saveProblemText({ code: 'quota-item', reason: 'x' }, 'en')).toBe(
      'Not saved, the old value is kept: it would take more space than browser sync allows.',
    );
    expect(importProblemText({ code: 'not-json', reason: 'x' }, 'vi')).toBe('Không nhập tệp, không có gì thay đổi: đây không phải tệp JSON.');
    expect(importProblemText({ code: 'invalid', reason: 'x' }, 'en')).toContain('a setting in it is not valid');
  });
});
