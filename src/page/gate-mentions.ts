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
 * Applies the page-wide rules to names in page order: a short form counts only once the leader's
 * full name appeared earlier on the page, and only where its own context allows it (see
 * src/names/short-form-rule.ts); a full form ordinary people also bear counts only with evidence
 * around it or an unambiguous form of the same person anywhere on the page. The same rules the
 * corpus applies to an article (find-mentions.ts).
 *
 *     gateMentions([putinShort, putinFull, putinShort2]).map((m) => m.short)   // [false, true]
 */
export function gateMentions(names: Iterable<FoundName>): PageMention[] {
  const list = [...names];
  // People the page names unambiguously somewhere (before or after): they vouch for the forms
  // ordinary people also bear ("Lý Cường" on a page that also says "Thủ tướng Trung Quốc Lý Cường").
  const confirmed = new Set<string>();
  for (const found of list) if (found.kind === 'leader' && !found.unconfirmed) confirmed.add(found.leaderId);
  const named = new Set<string>();
  const mentions: PageMention[] = [];
  for (const found of list) {
    if (found.kind === 'leader') {
      if (found.unconfirmed && !confirmed.has(found.leaderId)) continue;
      named.add(found.leaderId);
      mentions.push({ leaderId: found.leaderId, text: found.text, short: false, found });
    } else if (found.shortAccepted && named.has(found.leaderId)) {
      mentions.push({ leaderId: found.leaderId, text: found.text, short: true, found });
    }
  }
  return mentions;
}
