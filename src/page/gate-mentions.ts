import type { FoundName } from './find-block-names';

/** A name the page shows and Leaderlens stands behind: highlighted, hoverable, counted. */
export interface PageMention {
  leaderId: string;
  text: string;
  /** A short form ("Putin", "ông Cường") after the full name appeared. */
  short: boolean;
  found: FoundName;
}

/**
 * Applies the page-wide rule to names in page order: a short form counts only once the leader's
 * full name appeared earlier on the page, and only where its own context allows it (see
 * src/names/short-form-rule.ts). The same rule the corpus applies to an article (find-mentions.ts).
 *
 *     gateMentions([putinShort, putinFull, putinShort2]).map((m) => m.short)   // [false, true]
 */
export function gateMentions(names: Iterable<FoundName>): PageMention[] {
  const named = new Set<string>();
  const mentions: PageMention[] = [];
  for (const found of names) {
    if (found.kind === 'leader') {
      named.add(found.leaderId);
      mentions.push({ leaderId: found.leaderId, text: found.text, short: false, found });
    } else if (found.shortAccepted && named.has(found.leaderId)) {
      mentions.push({ leaderId: found.leaderId, text: found.text, short: true, found });
    }
  }
  return mentions;
}
