/**
 * Bytes → article text, or the reason the bytes are not a plain UTF-8 article.
 *
 * Kept apart from the file walking in read-articles.ts so each rule can be tested on bytes made in
 * the test, without files. Pure apart from TextDecoder (present in Node and browsers).
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

// Windows-1258 writes tones as separate combining bytes after the vowel.
const CP1258_TONES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
// Vowels as Windows-1258 writes them (ASCII vowels plus â ê ô ă ơ ư and their capitals).
const CP1258_VOWELS = new Set([
  ...'aeiouyAEIOUY'.split('').map((c) => c.charCodeAt(0)),
  0xe2, 0xea, 0xf4, 0xe3, 0xf5, 0xfd, 0xc2, 0xca, 0xd4, 0xc3, 0xd5, 0xdd,
]);

function isAsciiLetter(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
}

/**
 * Heuristic for the legacy Vietnamese encodings a newsroom file may still be in.
 * Both put one high byte per accented letter inside otherwise ASCII words ("Vi\xd6t" in TCVN3,
 * "Vi\xeat" + tone byte in Windows-1258), so a text where most high bytes sit next to ASCII
 * letters is Vietnamese in one of them; Latin-1 prose or random bytes do not look like that.
 */
export function looksLikeLegacyVietnamese(bytes: Uint8Array): boolean {
  let high = 0;
  let inWord = 0;
  let tones = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    high++;
    const prev = bytes[i - 1];
    const next = bytes[i + 1];
    if (isAsciiLetter(prev) || isAsciiLetter(next)) inWord++;
    if (CP1258_TONES.has(b) && prev !== undefined && CP1258_VOWELS.has(prev)) tones++;
  }
  if (high < 3) return false;
  return inWord / high >= 0.6 || tones / high >= 0.3;
}

/** 1-based line of a byte offset, for messages that name the line. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Share of characters that are control characters other than tab, newline, CR and form feed. */
export function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || (c >= 0x80 && c < 0xa0)) n++;
  }
  return n / text.length;
}

/**
 * Decode an article file's bytes. The text is NFC, with `\r\n` and lone `\r` turned into `\n` and
 * a leading BOM removed. Fails with a reason for binary data, UTF-16, legacy Vietnamese encodings
 * and any other invalid UTF-8.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'is UTF-16 (byte order mark FF FE / FE FF), convert to UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, reason: `binary file: NUL byte at offset ${nul} (line ${lineOfByte(bytes, nul)})` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const where = bad >= 0 ? ` (first invalid byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at line ${lineOfByte(bytes, bad)})` : '';
    if (looksLikeLegacyVietnamese(bytes)) {
      return { ok: false, reason: `not valid UTF-8${where}: looks like Windows-1258 or TCVN3, convert to UTF-8` };
    }
    return { ok: false, reason: `not valid UTF-8${where}: convert the file to UTF-8` };
  }
  // TextDecoder already drops one leading BOM; a second one (a file saved twice) is dropped too.
  text = text.replace(/^\uFEFF+/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  const garbled = garbledReason(text);
  if (garbled) return { ok: false, reason: garbled };
  const ratio = controlRatio(text);
  if (ratio > 0.02) {
    return { ok: false, reason: `binary file: ${Math.round(ratio * 100)}% control characters` };
  }
  return { ok: true, text };
}

/**
 * Why a decoded text is HTML rather than an article's text, or null. A news article may mention a
 * tag or two ("<b>"), so besides a document marker it takes many tags relative to its lines.
 */
export function htmlReason(text: string): string | null {
  const head = text.slice(0, 4000);
  if (/<!doctype\s+html/i.test(head)) return 'is HTML (<!doctype html>), not plain text: save the article\'s text instead';
  if (/<html[\s>]/i.test(head)) return 'is HTML (<html> tag), not plain text: save the article\'s text instead';
  const tags = text.match(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi)?.length ?? 0;
  const lines = text.split('\n').filter((l) => l.trim() !== '').length || 1;
  if (tags >= 8 && tags / lines >= 0.5) {
    return `is HTML (${tags} tags in ${lines} lines), not plain text: save the article's text instead`;
  }
  return null;
}

// Latin-1 letters Vietnamese never uses. Valid UTF-8 full of them is Vietnamese that went through
// the wrong code page: TCVN3 read as Windows-1252 ("Tæng BÝ th­") or UTF-8 read as Latin-1 and
// saved again ("Tá»•ng"). The text is valid UTF-8, so only its letters can tell.
// Symbols that ordinary text uses ("©", "°C", "«»", "·", "×") are left out; a few names with
// "ü" or "ç" stay far below the threshold.
const NOT_VIETNAMESE = /[ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ¤¦¨ª¯´µ¸¹º¿]/gu;
const DOUBLE_UTF8 = /(?:Ã[\u0080-\u00BF]|á»|áº|Æ°|Ä‘|Ä\u0090|Æ¡)/gu;

/** Why valid UTF-8 text looks like mis-converted Vietnamese, or null. */
export function garbledReason(text: string): string | null {
  const sample = text.slice(0, 20000);
  const double = sample.match(DOUBLE_UTF8)?.length ?? 0;
  const foreign = sample.match(NOT_VIETNAMESE)?.length ?? 0;
  // Letters are counted only when either sign is there at all: an array of every letter of every
  // file was a fiftieth of the build.
  if (double < 3 && foreign < 5) return null;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  if (double >= 3 && double / letters > 0.01) {
    return 'looks double-encoded (UTF-8 read as Latin-1/Windows-1252 and saved again, e.g. "Tá»•ng"): re-save it as UTF-8 from the original';
  }
  if (foreign >= 5 && foreign / letters > 0.02) {
    return 'looks like Windows-1258 or TCVN3 text converted with the wrong code page (letters such as "æ", "Ý" inside words): convert the original to UTF-8';
  }
  return null;
}
