import { isStub, type BriefCard } from '../lookup/card-brief';

/**
 * A minimal card built with DOM calls (never HTML strings) carrying the contract's attributes:
 * the root has `data-leader-id`, with sections `[data-section="meetings"]` (one `[data-meeting-id]`
 * each) and `[data-section="quotes"]` (one `[data-quote-id]` each). Used until the card UI's
 * `renderCard` is available, and as the fallback if it throws. A brief card's stubs are there as
 * bare hidden elements, like the card UI's before "More".
 */
export function renderPlaceholderCard(container: HTMLElement, card: BriefCard | null): void {
  while (container.lastChild) container.removeChild(container.lastChild);
  if (card === null) return;
  const doc = container.ownerDocument;
  const el = (tag: string, text?: string): HTMLElement => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const root = el('article');
  root.setAttribute('data-leader-id', card.leader.id);
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', card.leader.name);
  root.append(el('h2', card.leader.name));
  const office = card.offices[0];
  if (office) root.append(el('p', `${office.title.en} (${card.referenceDate})`));
  const meetings = el('section');
  meetings.setAttribute('data-section', 'meetings');
  for (const m of card.meetings) {
    const item = isStub(m) ? el('p') : el('p', `${m.date ?? '?'} ${m.kind} ${m.others.map((o) => o.name).join(', ')}`);
    item.hidden = isStub(m);
    item.setAttribute('data-meeting-id', m.id);
    meetings.append(item);
  }
  const quotes = el('section');
  quotes.setAttribute('data-section', 'quotes');
  for (const q of card.quotes) {
    const item = isStub(q) ? el('blockquote') : el('blockquote', q.text);
    item.hidden = isStub(q);
    item.setAttribute('data-quote-id', q.id);
    quotes.append(item);
  }
  root.append(meetings, quotes);
  container.append(root);
}
