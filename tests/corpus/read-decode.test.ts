import { describe, expect, it, test } from 'vitest';
import {
  controlRatio,
  decodeArticleBytes,
  garbledReason,
  htmlReason,
  lineOfByte,
  looksLikeLegacyVietnamese,
} from '../../src/corpus/read-decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));

describe('decodeArticleBytes', () => {
  it('returns NFC text with LF line ends and no BOM', () => {
    const r = decodeArticleBytes(utf8('\uFEFFHoa\u0300\r\nTi\u1EBFp\rxong'));
    expect(r).toEqual({ ok: true, text: 'Hoà\nTiếp\nxong' });
  });

  test.each([
    ['NUL bytes', Uint8Array.from([0x61, 0x0a, 0x62, 0x00, 0x63]), /binary file: NUL byte at offset 3 \(line 2\)/],
    ['UTF-16 LE', Uint8Array.from([0xff, 0xfe, 0x54, 0x00]), /UTF-16/],
    ['Latin-1', latin1('café au lait\n'), /not valid UTF-8 \(first invalid byte 0xe9 at line 1\): convert the file to UTF-8/],
    ['control characters', utf8('\u0001\u0002\u0003\u0004 abc'), /binary file: \d+% control characters/],
    ['double-encoded UTF-8', utf8(Buffer.from('Tổng Bí thư tiếp Đại sứ Nhật Bản tại Hà Nội', 'utf8').toString('latin1')), /double-encoded/],
  ])('refuses %s', (_name, bytes, reason) => {
    const r = decodeArticleBytes(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('looksLikeLegacyVietnamese', () => {
  it('sees Windows-1258 tone bytes after vowels', () => {
    // "Việt Nam" → Vi, ê (0xEA), dot below (0xF2), t
    expect(looksLikeLegacyVietnamese(Uint8Array.from([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d, 0x20, 0x74, 0xf4, 0xec, 0x69, 0x20, 0x6e, 0xf4, 0xcc, 0x69]))).toBe(true);
  });

  it('does not call random high bytes Vietnamese', () => {
    expect(looksLikeLegacyVietnamese(Uint8Array.from([0x89, 0x90, 0xa0, 0xb0, 0x20, 0xc0, 0xd0, 0x20, 0xe0, 0xf0, 0xff]))).toBe(false);
  });

  it('needs more than a couple of high bytes', () => {
    expect(looksLikeLegacyVietnamese(latin1('café'))).toBe(false);
  });
});

describe('garbledReason', () => {
  it('spots TCVN3 read as Windows-1252 and saved as UTF-8', () => {
    expect(garbledReason('Tæng BÝ th­ tiÕp §¹i sø NhËt B¶n t¹i Hµ Néi, hai bªn trao ®æi vÒ hîp t¸c kinh tÕ.')).toMatch(/Windows-1258 or TCVN3/);
  });

  test.each([
    ['Thủ tướng Đức Friedrich Merz gặp ông Müller tại München, nhiệt độ 25°C © 2025 «tin».'],
    ['Tổng Bí thư tiếp Đại sứ Nhật Bản tại Hà Nội.'],
  ])('leaves real text alone: %s', (text) => {
    expect(garbledReason(text)).toBeNull();
  });
});

describe('htmlReason', () => {
  test.each([
    ['<!DOCTYPE html><p>x</p>', /<!doctype html>/],
    ['<html lang="vi">\n<body>x</body></html>', /<html> tag/],
    ['<div>\n<p>a</p>\n<p>b</p>\n<p>c</p>\n<span>d</span>\n</div>', /\d+ tags in \d+ lines/],
  ])('%s is HTML', (text, reason) => {
    expect(htmlReason(text)).toMatch(reason);
  });

  it('lets an article that mentions a tag through', () => {
    expect(htmlReason('Bài viết giải thích thẻ <b> trong HTML.\nNgười viết dùng <i> để nhấn mạnh.')).toBeNull();
  });
});

describe('lineOfByte and controlRatio', () => {
  it('counts lines from 1', () => {
    expect(lineOfByte(utf8('a\nb\nc'), 4)).toBe(3);
  });

  it('ignores tabs and newlines', () => {
    expect(controlRatio('a\tb\nc\r\n')).toBe(0);
  });
});
