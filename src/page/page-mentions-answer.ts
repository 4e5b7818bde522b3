import type { PageMentionsResponse } from '../messages/protocol';
import type { PageMention } from './gate-mentions';

/**
 * The answer to `{ type: 'page-mentions' }`, exactly as DESIGN.md fixes it: one entry per
 * occurrence in page order, `name` as the registry writes it, `text` as the page writes it.
 * `nameOf` gives the registry's name (from the leader's card); an id it does not know keeps the id
 * so the entry is still counted.
 *
 *     pageMentionsAnswer(location.href, '2024-11-08', mentions, (id) => names.get(id), true)
 *     // { url, published: '2024-11-08', mentions: [{ leaderId: 'to-lam', name: 'Tô Lâm', text: 'To Lam', short: false }], complete: true }
 */
export function pageMentionsAnswer(
  url: string,
  published: string | null,
  mentions: readonly PageMention[],
  nameOf: (leaderId: string) => string | undefined,
  complete: boolean,
): PageMentionsResponse {
  return {
    url,
    published,
    mentions: mentions.map((m) => ({ leaderId: m.leaderId, name: nameOf(m.leaderId) ?? m.leaderId, text: m.text, short: m.short })),
    complete,
  };
}

/** Distinct leader ids in order of first appearance. */
export function leaderIdsOf(mentions: readonly PageMention[]): string[] {
  return [...new Set(mentions.map((m) => m.leaderId))];
}
