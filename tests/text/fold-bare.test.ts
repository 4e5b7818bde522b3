import { describe, expect, it, test } from 'vitest';
import { BareFoldBuffer, foldBare, foldBareInto } from '../../src/text/fold-bare';

describe('foldBare', () => {
  test.each([
    ['Tô Lâm', 'to lam'],
    ['To\u0302 La\u0302m', 'to lam'],
    ['Hoà / hòa / HOÀ', 'hoa / hoa / hoa'],
    ['Thuỷ Thủy', 'thuy thuy'],
    ['Đỗ đạt Ðỗ', 'do dat do'],
    ['Nguyễn Phú Trọng', 'nguyen phu trong'],
    ['Lương Cường', 'luong cuong'],
    ['Tô\u00a0Lâm', 'to lam'],
    ['Tô \u2003\t\n Lâm', 'to lam'],
    ['Tô L\u200bâm\u200c\u200d\ufeff\u2060', 'to lam'],
    ['Cư\u00adờng', 'cuong'],
    ['Андрей Путин Ёлкин', 'андреи путин елкин'],
    ['ທອງລຸນ ສີສຸລິດ', 'ທອງລຸນ ສີສຸລິດ'],
    ['İstanbul', 'istanbul'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldBare(input).text).toBe(expected);
  });

  it('maps each folded unit to the offset of the character it came from', () => {
    const folded = foldBare('A\u00a0\u00a0Lâ\u200bm');
    expect(folded.text).toBe('a lam');
    expect([...folded.start]).toEqual([0, 1, 3, 4, 6]);
  });

  it('ends a folded letter after its combining marks', () => {
    const folded = foldBare('To\u0302\u0301i');
    expect(folded.text).toBe('toi');
    expect([...folded.end]).toEqual([1, 4, 5]);
  });

  it('ends a folded space after the whole run of whitespace', () => {
    const folded = foldBare('a \u00a0\n b');
    expect([...folded.end]).toEqual([1, 5, 6]);
  });

  it('does not stretch a letter over a zero-width character after it', () => {
    const folded = foldBare('m\u200b');
    expect([...folded.end]).toEqual([1]);
  });

  it('maps both halves of an astral character to the same offsets', () => {
    const folded = foldBare('x𠀋');
    expect([...folded.start]).toEqual([0, 1, 1]);
    expect([...folded.end]).toEqual([1, 3, 3]);
  });

  it('folds a megabyte without running out of stack', () => {
    const text = 'Tổng Bí thư Tô Lâm '.repeat(60_000);
    expect(foldBare(text).text.length).toBe('tong bi thu to lam '.length * 60_000);
  });
});

describe('foldBareInto', () => {
  const samples = ['Tô Lâm', 'To\u0302 La\u0302m  \u00a0x', 'Cư\u00adờng\u200b', 'x𠀋y', 'İstanbul', 'a \u0301b', '\ud800 lone', 'ທອງລຸນ ສີສຸລິດ'];

  it.each(samples)('gives the same units and origins as foldBare for %j', (text) => {
    const buffer = new BareFoldBuffer();
    const length = foldBareInto(text, buffer);
    const folded = foldBare(text);
    expect(String.fromCharCode(...buffer.units.subarray(0, length))).toBe(folded.text);
    expect([...buffer.start.subarray(0, length)]).toEqual([...folded.start]);
    expect([...buffer.end.subarray(0, length)]).toEqual([...folded.end]);
  });

  it('reuses one buffer across texts, growing it for a long one', () => {
    const buffer = new BareFoldBuffer();
    expect(foldBareInto('Tô Lâm', buffer)).toBe(6);
    const long = 'Lương Cường '.repeat(1000);
    expect(foldBareInto(long, buffer)).toBe(long.length);
    expect(foldBareInto('Đỗ', buffer)).toBe(2);
    expect(String.fromCharCode(...buffer.units.subarray(0, 2))).toBe('do');
  });

  it('grows mid-text when one character folds to several units', () => {
    const buffer = new BareFoldBuffer();
    const text = 'İ'.repeat(300);
    expect(foldBareInto(text, buffer)).toBe(foldBare(text).text.length);
  });
});
