// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Card } from '../../src/lookup/card';
import { renderPlaceholderCard } from '../../src/page/placeholder-card';

const card = {
  leader: { id: 'to-lam', name: 'Tô Lâm', country: 'VN', countryName: { vi: 'Việt Nam', en: 'Viet Nam' } },
  offices: [{ office: 'gs', title: { vi: 'Tổng Bí thư', en: 'General Secretary' }, country: 'VN' }],
  referenceDate: '2025-01-02',
  pageDateKnown: true,
  meetings: [
    { id: 'm1', date: '2024-05-01', kind: 'talks', others: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] },
    { id: 'm2', date: null, kind: 'visit', others: [] },
  ],
  quotes: [{ id: 'q1', text: '<b>not markup</b>' }],
  timeline: [],
} as unknown as Card;

let container: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  container = document.createElement('div');
  document.body.append(container);
});

describe('renderPlaceholderCard', () => {
  it('marks the root with the leader\'s id and names the dialog', () => {
    renderPlaceholderCard(container, card);
    const root = container.querySelector('[data-leader-id]');
    expect(root?.getAttribute('data-leader-id')).toBe('to-lam');
    expect(root?.getAttribute('role')).toBe('dialog');
    expect(root?.getAttribute('aria-label')).toBe('Tô Lâm');
  });

  it('lists a brief card\'s stubs as bare hidden elements with their ids', () => {
    renderPlaceholderCard(container, {
      ...card,
      meetings: [...card.meetings, { id: 'm3', date: '2024-01-01', kind: 'talks', others: [{ id: 'a' }], stub: true }],
      quotes: [...card.quotes, { id: 'q2', kind: 'direct', stub: true }],
    } as unknown as Card);
    const stubs = [...container.querySelectorAll<HTMLElement>('[data-meeting-id="m3"], [data-quote-id="q2"]')];
    expect(stubs.map((el) => [el.hidden, el.textContent])).toEqual([[true, ''], [true, '']]);
    expect(container.querySelector<HTMLElement>('[data-meeting-id="m1"]')?.hidden).toBe(false);
  });

  it('lists one element per meeting and per quote, with their ids', () => {
    renderPlaceholderCard(container, card);
    const meetings = [...container.querySelectorAll('[data-section="meetings"] [data-meeting-id]')];
    expect(meetings.map((m) => m.getAttribute('data-meeting-id'))).toEqual(['m1', 'm2']);
    expect(meetings[0]?.textContent).toBe('2024-05-01 talks A, B');
    expect(meetings[1]?.textContent).toContain('?');
    const quotes = [...container.querySelectorAll('[data-section="quotes"] [data-quote-id]')];
    expect(quotes.map((q) => q.getAttribute('data-quote-id'))).toEqual(['q1']);
  });

  it('shows the first office with the reference date', () => {
    renderPlaceholderCard(container, card);
    expect(container.querySelector('p')?.textContent).toBe('General Secretary (2025-01-02)');
  });

  it('puts text in as text, never as markup', () => {
    renderPlaceholderCard(container, card);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('blockquote')?.textContent).toBe('<b>not markup</b>');
  });

  it('replaces an earlier card rather than adding to it', () => {
    renderPlaceholderCard(container, card);
    renderPlaceholderCard(container, card);
    expect(container.querySelectorAll('[data-leader-id]')).toHaveLength(1);
  });

  it('empties the container for no card', () => {
    renderPlaceholderCard(container, card);
    renderPlaceholderCard(container, null);
    expect(container.childNodes).toHaveLength(0);
  });
});
