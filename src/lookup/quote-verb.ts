import { LANGUAGES } from '../lang';

/** The speech verbs of every language, longest first, so "khẳng định lại" wins over "khẳng định". */
const VERBS: readonly string[] = [...new Set(LANGUAGES.flatMap((l) => l.speechVerbs))].sort((a, b) => b.length - a.length);

/** What may join the verb to the words: a comma, a colon, "rằng", "là", "that". */
const JOINER = /^(?:\s*[,:–—-])?\s*(?:(?:rằng|là|that)\s+)?/iu;

/**
 * Splits a reported quote that begins with its reporting verb ("khẳng định, trên cương vị mới, …",
 * "affirmed that …") into the verb and the words, so the card can show "khẳng định — trên cương
 * vị mới, …" and the reader sees at a glance whose words follow and how they were reported
 * (issue 11: every one of Thongloun's 57 "quotes" began with the journalist's verb). A text that
 * does not begin with a speech verb of any language has no verb.
 *
 * @example
 * splitReportingVerb('affirmed that Viet Nam values ties'); // { verb: 'affirmed', words: 'Viet Nam values ties' }
 * splitReportingVerb('Việt Nam luôn coi trọng');             // { verb: null, words: 'Việt Nam luôn coi trọng' }
 */
export function splitReportingVerb(text: string): { verb: string | null; words: string } {
  const trimmed = text.trimStart();
  const lower = trimmed.toLowerCase();
  for (const verb of VERBS) {
    if (!lower.startsWith(verb)) continue;
    const next = trimmed.charAt(verb.length);
    // Whole words only: "said" must not match the start of "saidno".
    if (next !== '' && /[\p{L}\p{M}\p{N}]/u.test(next)) continue;
    const rest = trimmed.slice(verb.length);
    const words = rest.slice(JOINER.exec(rest)?.[0].length ?? 0).trim();
    if (words === '') return { verb: null, words: text };
    return { verb: trimmed.slice(0, verb.length), words };
  }
  return { verb: null, words: text };
}
