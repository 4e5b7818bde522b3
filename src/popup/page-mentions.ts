import { z } from 'zod';
import type { PageMentionsResponse } from '../messages/protocol';

/**
 * The content script's answer, checked: it comes from another part of the extension running in a
 * page we do not control, so it is `unknown` until it has the shape DESIGN.md fixes.
 */
const pageMentionsResponse = z.object({
  url: z.string(),
  published: z.string().nullable(),
  mentions: z.array(z.object({ leaderId: z.string(), name: z.string(), text: z.string(), short: z.boolean() })),
  complete: z.boolean(),
});

/** Sends one message to the top frame of a tab; `browser.tabs.sendMessage` in the extension. */
export type SendToTab = (tabId: number, message: { type: 'page-mentions' }, options: { frameId: 0 }) => Promise<unknown>;

/**
 * Asks the tab's top frame (`frameId: 0`: it counts the whole page, its iframes included) which
 * leaders it names. Rejects when nobody answers (no content script in that page) or the answer is
 * not a `page-mentions` answer.
 */
export async function askPageMentions(send: SendToTab, tabId: number): Promise<PageMentionsResponse> {
  const answer = await send(tabId, { type: 'page-mentions' }, { frameId: 0 });
  const parsed = pageMentionsResponse.safeParse(answer);
  if (!parsed.success) throw new Error('leaderlens popup: the page did not answer page-mentions');
  return parsed.data;
}

/** One leader the page names, with how many times. */
export interface PageLeader {
  leaderId: string;
  name: string;
  count: number;
}

/**
 * One row per leader from the page's mentions (one per occurrence, in page order): the most named
 * first, ties in order of first appearance, so the article's subject usually leads.
 *
 * @example
 * countMentions([{ leaderId: 'a', name: 'A', … }, { leaderId: 'b', … }, { leaderId: 'b', … }]);
 * // [{ leaderId: 'b', name: 'B', count: 2 }, { leaderId: 'a', name: 'A', count: 1 }]
 */
export function countMentions(mentions: PageMentionsResponse['mentions']): PageLeader[] {
  const byLeader = new Map<string, PageLeader>();
  for (const { leaderId, name } of mentions) {
    const row = byLeader.get(leaderId);
    if (row) row.count++;
    else byLeader.set(leaderId, { leaderId, name, count: 1 });
  }
  // Array.prototype.sort is stable: equal counts keep the order of first appearance.
  return [...byLeader.values()].sort((a, b) => b.count - a.count);
}

export interface WatchOptions {
  /** Time between asks while the page's first scan is still running. Default 250 ms. */
  intervalMs?: number;
  /** Asks at most this many times, so a page that never finishes does not keep the popup busy. Default 120 (30 s at 250 ms): a background tab runs its idle-time scan slowly. */
  maxAsks?: number;
  signal?: AbortSignal;
}

/**
 * Asks the page, and asks again while it answers `complete: false` (its first scan is still
 * running), reporting every answer. Resolves with the last answer; rejects as `askPageMentions`
 * does, or with the abort reason.
 */
export async function watchPageMentions(
  send: SendToTab,
  tabId: number,
  onAnswer: (answer: PageMentionsResponse) => void,
  { intervalMs = 250, maxAsks = 120, signal }: WatchOptions = {},
): Promise<PageMentionsResponse> {
  let answer = await askPageMentions(send, tabId);
  onAnswer(answer);
  for (let asks = 1; !answer.complete && asks < maxAsks; asks++) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    signal?.throwIfAborted();
    answer = await askPageMentions(send, tabId);
    signal?.throwIfAborted();
    onAnswer(answer);
  }
  return answer;
}
