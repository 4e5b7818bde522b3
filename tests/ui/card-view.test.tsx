// @vitest-environment happy-dom
import { beforeAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Card } from '../../src/lookup/card';
import { briefCard, isStub, type BriefCard } from '../../src/lookup/card-brief';
import { renderCard } from '../../src/ui/card/render-card';
import type { CardMarks, CardViewProps, SourceLinks } from '../../src/ui/card/card-props';
import type { MarkTarget } from '../../src/marks/mark-types';
import { realCard, realIndex } from './real-corpus-cards';

// Building the real index takes seconds in a child process (more on a loaded CI machine): do it
// once, before the tests, with a timeout that fits it, instead of inside the first test's 5 s.
beforeAll(() => {
  realIndex();
}, 120_000);

/** Links that record what they were asked to open, instead of asking a background that is not there. */
function recordingLinks(): SourceLinks & { opened: unknown[] } {
  const opened: unknown[] = [];
  return {
    opened,
    href: ({ articleId }) => `#${articleId}`,
    open: (target, gesture) => void opened.push({ ...target, gesture }),
  };
}

let containers: HTMLElement[] = [];

function show(card: BriefCard, props: Partial<CardViewProps> = {}): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  renderCard(container, { card, language: 'en', links: recordingLinks(), ...props });
  return container;
}

function root(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('[data-leader-id]');
  if (!element) throw new Error('no card root');
  return element;
}

const text = (element: Element | null): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => {
  for (const container of containers) {
    renderCard(container, null);
    container.remove();
  }
  containers = [];
});

describe('renderCard: the DESIGN.md contract', () => {
  it('puts data-leader-id on the root element only', () => {
    const container = show(realCard('to-lam', '2025-12-31'));
    const withId = container.querySelectorAll('[data-leader-id]');
    expect(withId).toHaveLength(1);
    expect(withId[0]).toBe(container.firstElementChild);
    expect(withId[0]!.getAttribute('data-leader-id')).toBe('to-lam');
    expect(withId[0]!.querySelectorAll('[data-leader-id]')).toHaveLength(0);
  });

  it('makes the root a dialog labelled by the heading with the registry name', () => {
    const card = root(show(realCard('thongloun-sisoulith', '2025-12-31')));
    expect(card.getAttribute('role')).toBe('dialog');
    const heading = card.querySelector(`#${CSS.escape(card.getAttribute('aria-labelledby')!)}`);
    expect(heading?.tagName).toBe('H2');
    expect(text(heading)).toBe('Thongloun Sisoulith');
  });

  it('renders one [data-meeting-id] and one [data-quote-id] per item (grouped for the eye, none left out)', () => {
    const data = realCard('thongloun-sisoulith', '2025-12-31', ['to-lam']);
    expect(data.meetings.length).toBeGreaterThan(1);
    const card = root(show(data));
    const meetingIds = [...card.querySelectorAll('[data-section="meetings"] [data-meeting-id]')].map((e) => e.getAttribute('data-meeting-id'));
    const quoteIds = [...card.querySelectorAll('[data-section="quotes"] [data-quote-id]')].map((e) => e.getAttribute('data-quote-id'));
    expect([...meetingIds].sort()).toEqual(data.meetings.map((m) => m.id).sort());
    expect([...quoteIds].sort()).toEqual(data.quotes.map((q) => q.id).sort());
    // Nothing else in the card (the timeline, say) carries those attributes.
    expect(card.querySelectorAll('[data-meeting-id]')).toHaveLength(data.meetings.length);
    expect(card.querySelectorAll('[data-quote-id]')).toHaveLength(data.quotes.length);
  });

  it('keeps both sections, with words, when the corpus has nothing earlier', () => {
    // Nguyễn Phú Trọng's only meeting and quotes in the corpus are of 2023-02-17.
    const data = realCard('nguyen-phu-trong', '2023-02-01');
    expect(data.meetings).toEqual([]);
    expect(data.quotes).toEqual([]);
    const card = root(show(data));
    const meetings = card.querySelector('[data-section="meetings"]');
    const quotes = card.querySelector('[data-section="quotes"]');
    expect(meetings).not.toBeNull();
    expect(quotes).not.toBeNull();
    expect(text(meetings)).toContain('No earlier meeting in the corpus.');
    expect(text(quotes)).toContain('No earlier quote in the corpus.');
  });

  it('removes the card from the container when given null', () => {
    const container = show(realCard('to-lam', '2025-12-31'));
    renderCard(container, null);
    expect(container.querySelector('[data-leader-id]')).toBeNull();
    expect(container.childNodes).toHaveLength(0);
  });

  it('replaces the card when called again for another leader', () => {
    const container = show(realCard('to-lam', '2025-12-31'));
    renderCard(container, { card: realCard('luong-cuong', '2025-12-31'), language: 'en', links: recordingLinks() });
    expect([...container.querySelectorAll('[data-leader-id]')].map((e) => e.getAttribute('data-leader-id'))).toEqual(['luong-cuong']);
  });
});

describe('CardView: one language at a time', () => {
  it('shows a place that is a country in the interface language, and other places as written', () => {
    const base = realCard('to-lam', '2025-12-31');
    const meeting = { ...base.meetings[0]!, undated: false, place: 'Lào', placeCountry: { vi: 'Lào', en: 'Laos' } };
    const other = { ...meeting, id: 'm-other', place: 'Phủ Chủ tịch', placeCountry: undefined };
    const card = { ...base, meetings: [meeting, other] };
    const places = (lang: 'en' | 'vi') => [...root(show(card, { language: lang })).querySelectorAll('.ll-place')].map((el) => text(el));
    expect(places('en').join(' | ')).toContain('Laos');
    expect(places('en').join(' | ')).not.toContain('Lào');
    expect(places('en').join(' | ')).toContain('Phủ Chủ tịch');
    expect(places('vi').join(' | ')).toContain('Lào');
  });
});

describe('CardView header', () => {
  it('says plainly that a person found in the corpus is not from the registry, and only for them', () => {
    const registryCard = realCard('to-lam', '2025-12-31');
    expect(root(show(registryCard)).querySelector('[data-found-in-corpus]')).toBeNull();
    const found = { ...registryCard, leader: { ...registryCard.leader, foundTitle: 'Bộ trưởng Quốc phòng Australia' } };
    const line = root(show(found)).querySelector('[data-found-in-corpus]');
    expect(text(line)).toContain('Not in the registry');
    expect(text(line)).toContain('“Bộ trưởng Quốc phòng Australia”');
    expect(text(root(show(found, { language: 'vi' })).querySelector('[data-found-in-corpus]'))).toContain('Không có trong danh sách');
  });

  it('shows Nguyễn Phú Trọng as General Secretary on a 2023 page', () => {
    const card = root(show(realCard('nguyen-phu-trong', '2023-06-01')));
    expect(text(card.querySelector('.ll-offices'))).toBe('General Secretary and Politburo member');
    expect(text(card.querySelector('.ll-country'))).toBe('Vietnam');
    expect(text(card.querySelector('.ll-as-of'))).toContain('1 Jun 2023');
  });

  it('shows Tô Lâm as General Secretary on a 2025 page, and Nguyễn Phú Trọng as former General Secretary then', () => {
    expect(text(root(show(realCard('to-lam', '2025-12-31'))).querySelector('.ll-offices'))).toBe('General Secretary and Politburo member');
    const trong = root(show(realCard('nguyen-phu-trong', '2025-12-31')));
    expect(text(trong.querySelector('.ll-offices'))).toMatch(/^former General Secretary, 2011–2024/);
  });

  it('shows an office known only by its start month with that month', () => {
    const data = realCard('to-lam', '2025-12-31');
    const card = { ...data, offices: [{ office: 'president', country: 'VN', title: { vi: 'Chủ tịch nước', en: 'President' }, start: '2026-04', end: null }] };
    expect(text(root(show(card)).querySelector('.ll-offices'))).toBe('President (since April 2026)');
  });

  it('says "no office on record" only when there is neither a current nor a former office', () => {
    const data = realCard('to-lam', '2025-12-31');
    expect(text(root(show({ ...data, offices: [], formerOffices: [] })).querySelector('.ll-offices'))).toBe('No office on record on this date');
  });

  it('names every office held on the date, in the interface language', () => {
    const card = root(show(realCard('thongloun-sisoulith', '2025-12-31'), { language: 'vi' }));
    expect(text(card.querySelector('.ll-offices'))).toBe('Tổng Bí thư và Chủ tịch nước');
    expect(text(card.querySelector('.ll-country'))).toBe('Lào');
  });

  it('says "as of today" without talking about a page when there is no page date (the popup, an undated page)', () => {
    const card = root(show(realCard('to-lam', null)));
    // The line's own text; the "Full record" link follows it in the same line.
    expect(card.querySelector('.ll-as-of')?.firstChild?.textContent).toBe('As of today, 15 Jan 2026');
  });

  it('shows items the date cannot place only inside [data-group="undated"], after the earlier ones', () => {
    const data = realCard('to-lam', '2025-12-31');
    const [first, second] = data.meetings;
    const quote = data.quotes[0]!;
    const card = root(show({ ...data, meetings: [{ ...first!, undated: false }, { ...second!, undated: true }], quotes: [{ ...quote, undated: true }] }));
    expect(card.querySelector(`[data-group="undated"] [data-meeting-id="${second!.id}"]`)).not.toBeNull();
    expect(card.querySelector(`[data-group="undated"] [data-meeting-id="${first!.id}"]`)).toBeNull();
    expect(card.querySelector(`[data-section="quotes"] [data-group="undated"] [data-quote-id="${quote.id}"]`)).not.toBeNull();
    expect(text(card.querySelector('[data-section="meetings"] [data-group="undated"] .ll-group-title'))).toBe('Cannot be placed before this date');
  });
});

describe('CardView meetings', () => {
  it('gives date, kind in words, place, the other participants and sources', () => {
    const data = realCard('to-lam', '2025-12-31');
    const summit = data.meetings.find((m) => m.kind === 'summit')!;
    const item = root(show(data)).querySelector(`[data-meeting-id="${summit.id}"]`)!;
    expect(item.querySelector('time')?.getAttribute('datetime')).toBe(summit.date);
    expect(text(item.querySelector('.ll-kind'))).toBe('summit');
    expect(text(item.querySelector('.ll-place'))).toBe(`in ${summit.place}`);
    expect(text(item.querySelector('.ll-others'))).toBe('with Thongloun Sisoulith');
    expect(item.querySelectorAll('a.ll-source-link')).toHaveLength(summit.sources.length);
  });

  it('marks an inferred date', () => {
    const data = realCard('luong-cuong', '2025-12-31');
    const inferred = data.meetings.find((m) => m.dateInferred)!;
    const item = root(show(data)).querySelector(`[data-meeting-id="${inferred.id}"]`)!;
    expect(text(item.querySelector('.ll-inferred'))).toBe('date inferred');
  });

  it('shows the recalled month of a meeting without a day, the day an article told of it, and "undated" otherwise', () => {
    const data = realCard('vladimir-putin', '2025-12-31');
    const recalled = data.meetings.find((m) => m.approxDate === '2024-06')!;
    const undated = data.meetings.find((m) => m.undated && !m.approxDate)!;
    const card = root(show(data));
    expect(text(card.querySelector(`[data-meeting-id="${recalled.id}"] .ll-date`))).toBe('recalled as June 2024');
    expect(text(card.querySelector(`[data-meeting-id="${undated.id}"] .ll-date`))).toBe('undated');
    const told = root(show({ ...data, meetings: [{ ...undated, notAfter: '2024-11-08' }] }));
    expect(text(told.querySelector(`[data-meeting-id="${undated.id}"] .ll-date`))).toBe('no day given; reported by 8 Nov 2024');
  });

  it('opens a source through the links it was given, at the evidence sentence', () => {
    const links = recordingLinks();
    const data = realCard('to-lam', '2025-12-31');
    const card = root(show(data, { links }));
    const link = card.querySelector<HTMLAnchorElement>('[data-meeting-id] a.ll-source-link')!;
    const source = data.meetings[0]!.sources[0]!;
    expect(link.getAttribute('href')).toBe(links.href({ articleId: source.articleId, evidence: source.evidence }));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    // The browser's own click; happy-dom (like a page's script) makes untrusted ones.
    Object.defineProperty(click, 'isTrusted', { value: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(links.opened).toEqual([{ articleId: source.articleId, evidence: source.evidence, lang: 'en', gesture: expect.stringMatching(/^[0-9a-f]{32}$/) }]);
  });

  it('opens nothing for a click a script made, and does not follow the link either', () => {
    const links = recordingLinks();
    const card = root(show(realCard('to-lam', '2025-12-31'), { links }));
    const link = card.querySelector<HTMLAnchorElement>('[data-meeting-id] a.ll-source-link')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    link.click();
    expect(click.defaultPrevented).toBe(true);
    expect(links.opened).toEqual([]);
  });

  it('names no extension page in its links by default', () => {
    const card = root(show(realCard('to-lam', '2025-12-31'), { links: undefined }));
    const hrefs = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href === '#')).toBe(true);
  });
});

describe('CardView: the link to the original article', () => {
  const original = { url: 'https://vnexpress.net/tong-bi-thu-hoi-dam-4821.html', site: 'vnexpress.net' };

  /** The real card, its first meeting's first source and its first quote's source given an address. */
  function withOriginal(): Card {
    const data = realCard('to-lam', '2025-12-31');
    const [meeting, ...meetings] = data.meetings;
    const [quote, ...quotes] = data.quotes;
    const [source, ...sources] = meeting!.sources;
    return {
      ...data,
      meetings: [{ ...meeting!, sources: [{ ...source!, original }, ...sources] }, ...meetings],
      quotes: [{ ...quote!, source: { ...quote!.source, original } }, ...quotes],
    };
  }

  it('links a source to its original as a plain link that opens a new tab, without opener or referrer', () => {
    const data = withOriginal();
    const card = root(show(data));
    const link = card.querySelector<HTMLAnchorElement>(`[data-meeting-id="${data.meetings[0]!.id}"] a[data-original-url]`)!;
    expect(link.getAttribute('href')).toBe(original.url);
    expect(link.getAttribute('data-original-url')).toBe(original.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text(link)).toBe('Original: vnexpress.net ↗');
    expect(card.querySelector(`[data-quote-id="${data.quotes[0]!.id}"] a[data-original-url]`)?.getAttribute('href')).toBe(original.url);
    // Only where an address was given.
    expect(card.querySelectorAll('a[data-original-url]')).toHaveLength(2);
  });

  it('names the site in the interface language', () => {
    const card = root(show(withOriginal(), { language: 'vi' }));
    expect(text(card.querySelector('a[data-original-url]'))).toBe('Bài gốc: vnexpress.net ↗');
  });

  it('follows nothing for a click a script made, and lets the reader\'s own click through to the browser', () => {
    const links = recordingLinks();
    const container = show(withOriginal(), { links });
    const link = root(container).querySelector<HTMLAnchorElement>('a[data-original-url]')!;
    // What the card decided, seen after it (bubbling); then cancelled here, so happy-dom does not
    // go and fetch the site (the real browser's part, tested in tests/e2e/found-person.test.ts).
    const decided: boolean[] = [];
    container.addEventListener('click', (event) => {
      decided.push(event.defaultPrevented);
      event.preventDefault();
    });
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    const own = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(own, 'isTrusted', { value: true });
    link.dispatchEvent(own);
    expect(decided).toEqual([true, false]);
    // Neither opens the reader page: the original is the site's, not ours.
    expect(links.opened).toEqual([]);
  });

  it('shows no such link for a source without an address', () => {
    expect(root(show(realCard('to-lam', '2025-12-31'))).querySelector('[data-original-url]')).toBeNull();
  });
});

describe('CardView: "Full record", the leader page', () => {
  function recordingRecord() {
    const opened: unknown[] = [];
    return { opened, href: () => '#', open: (leaderId: string, pageDate: string | null, lang: string, gesture: string) => void opened.push({ leaderId, pageDate, lang, gesture }) };
  }

  it('asks the background to open the page for the reader\'s own click, with the page\'s date and the card\'s language', () => {
    const record = recordingRecord();
    const card = root(show(realCard('to-lam', '2025-12-31'), { record, language: 'vi' }));
    const link = card.querySelector<HTMLAnchorElement>('a[data-action="full-record"]')!;
    expect(link.getAttribute('href')).toBe('#');
    expect(text(link)).toBe('Toàn bộ hồ sơ');
    const own = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(own, 'isTrusted', { value: true });
    link.dispatchEvent(own);
    expect(own.defaultPrevented).toBe(true);
    expect(record.opened).toEqual([{ leaderId: 'to-lam', pageDate: '2025-12-31', lang: 'vi', gesture: expect.stringMatching(/^[0-9a-f]{32}$/) }]);
  });

  it('opens nothing for a click a script made, and does not jump to #', () => {
    const record = recordingRecord();
    const card = root(show(realCard('to-lam', null), { record }));
    const link = card.querySelector<HTMLAnchorElement>('a[data-action="full-record"]')!;
    const scripted = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(scripted);
    expect(scripted.defaultPrevented).toBe(true);
    expect(record.opened).toEqual([]);
  });

  it('is a plain link in a new tab where the page is an extension page (the popup)', () => {
    const card = root(show(realCard('to-lam', '2025-12-31'), { record: { href: (id, date) => `leader.html?id=${id}&date=${date}` } }));
    const link = card.querySelector<HTMLAnchorElement>('a[data-action="full-record"]')!;
    expect(link.getAttribute('href')).toBe('leader.html?id=to-lam&date=2025-12-31');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('puts no extension address in the page by default', () => {
    const link = root(show(realCard('to-lam', null))).querySelector<HTMLAnchorElement>('a[data-action="full-record"]')!;
    expect(link.getAttribute('href')).toBe('#');
  });
});

describe('CardView quotes', () => {
  it('attributes, dates and classifies each quote, with its source', () => {
    const data = realCard('to-lam', '2025-12-31');
    const joint = data.quotes.find((q) => q.kind === 'joint')!;
    const item = root(show(data)).querySelector(`[data-quote-id="${joint.id}"]`)!;
    expect(text(item.querySelector('.ll-speakers'))).toBe(joint.speakers.map((s) => s.name).join(' and '));
    expect(item.querySelector('time')?.getAttribute('datetime')).toBe(joint.date);
    expect(text(item.querySelector('.ll-quote-kind'))).toBe('joint statement');
    expect(text(item.querySelector('.ll-quote-text'))).toBe(joint.verb === null ? joint.text : `${joint.verb} — ${joint.words}`);
    expect(text(item.querySelector('a.ll-source-link'))).toBe(joint.source.articleTitle);
  });

  it('puts a direct quote in <q>, and reported speech not', () => {
    const data = realCard('to-lam', '2025-12-31');
    const card = root(show(data));
    for (const quote of data.quotes) {
      const q = card.querySelector(`[data-quote-id="${quote.id}"] q`);
      expect(q !== null, quote.id).toBe(quote.kind === 'direct');
    }
  });
});

describe('CardView timeline', () => {
  it('draws every dated meeting of the leader and marks the page date, with a <title>', () => {
    const data = realCard('thongloun-sisoulith', '2025-12-01');
    const svg = root(show(data)).querySelector('[data-section="timeline"] svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const title = svg.querySelector(`#${CSS.escape(svg.getAttribute('aria-labelledby')!)}`);
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(text(title)).toContain('the page\'s date, 1 Dec 2025, is marked');
    expect(svg.querySelectorAll('circle')).toHaveLength(data.timeline.length);
    // Meetings on or after the page's date are on the timeline but not prior: drawn apart.
    expect(svg.querySelectorAll('circle.ll-later')).toHaveLength(data.timeline.filter((m) => m.date >= '2025-12-01').length);
    expect(svg.querySelectorAll('.ll-page-mark')).toHaveLength(1);
  });
});

describe('CardView settings', () => {
  it('hides sections turned off, keeping the meetings and quotes elements', () => {
    const card = root(show(realCard('to-lam', '2025-12-31'), { sections: { meetings: false, quotes: true, timeline: false } }));
    const meetings = card.querySelector('[data-section="meetings"]')!;
    expect(meetings.hasAttribute('hidden')).toBe(true);
    expect(meetings.querySelectorAll('[data-meeting-id]')).toHaveLength(0);
    expect(card.querySelector('[data-section="timeline"]')).toBeNull();
    expect(card.querySelector('[data-section="quotes"]')!.hasAttribute('hidden')).toBe(false);
  });

  it.each([
    ['light', null, 'll-theme-light'],
    ['dark', null, 'll-theme-dark'],
    ['auto', null, 'll-theme-auto'],
    ['auto', 'dark', 'll-theme-dark'],
    ['auto', 'light', 'll-theme-light'],
    ['light', 'dark', 'll-theme-light'],
  ] as const)('theme %s on a page declaring %s gets %s', (theme, pageColorScheme, expected) => {
    const card = root(show(realCard('to-lam', '2025-12-31'), { theme, pageColorScheme }));
    expect(card.classList.contains(expected)).toBe(true);
    expect([...card.classList].filter((name) => name.startsWith('ll-theme-'))).toEqual([expected]);
  });

  it('speaks Vietnamese or English as asked, dates included', () => {
    const data = realCard('to-lam', '2025-12-31');
    const vi = root(show(data, { language: 'vi' }));
    const en = root(show(data, { language: 'en' }));
    expect(vi.getAttribute('lang')).toBe('vi');
    expect(text(vi.querySelector('[data-section="meetings"] h3'))).toBe(`Các cuộc gặp trước đó (${data.meetings.length})`);
    expect(text(en.querySelector('[data-section="meetings"] h3'))).toBe(`Earlier meetings (${data.meetings.length})`);
    const summit = data.meetings.find((m) => m.kind === 'summit')!.id;
    expect(text(vi.querySelector(`[data-meeting-id="${summit}"] .ll-kind`))).toBe('cuộc gặp cấp cao');
    expect(text(vi.querySelector(`[data-meeting-id="${summit}"] time`))).toBe('2 thg 12, 2025');
    expect(text(en.querySelector(`[data-meeting-id="${summit}"] time`))).toBe('2 Dec 2025');
  });

  it('follows the browser language for auto', () => {
    const card = root(show(realCard('to-lam', '2025-12-31'), { language: 'auto', uiLanguage: 'vi-VN' }));
    expect(card.getAttribute('lang')).toBe('vi');
  });

  it('shows no English interface text on a Vietnamese card', async () => {
    const en = (await import('../../public/_locales/en/messages.json')).default as Record<string, { message: string }>;
    const vi = (await import('../../public/_locales/vi/messages.json')).default as Record<string, { message: string }>;
    const card = root(show(realCard('vladimir-putin', '2025-12-31'), { language: 'vi', onClose: () => {} }));
    const shown = `${text(card)} ${[...card.querySelectorAll('[title],[aria-label]')].map((e) => `${e.getAttribute('title') ?? ''} ${e.getAttribute('aria-label') ?? ''}`).join(' ')}`;
    const englishOnly = Object.entries(en)
      .filter(([key]) => /^(card|common)_/.test(key))
      .map(([key, { message }]) => ({ key, words: message.split(/\$[A-Z_]+\$/)[0]!.trim() }))
      .filter(({ key, words }) => words.length > 3 && words !== vi[key]?.message.split(/\$[A-Z_]+\$/)[0]!.trim());
    for (const { key, words } of englishOnly) expect(shown.includes(words), key).toBe(false);
  });
});

describe('CardView keyboard', () => {
  it('is focusable and takes focus when opened from the keyboard', () => {
    const card = root(show(realCard('to-lam', '2025-12-31'), { focusOnOpen: true }));
    expect(card.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(card);
  });

  it('asks to close on Escape, and on the close button', () => {
    const onClose = vi.fn();
    const card = root(show(realCard('to-lam', '2025-12-31'), { onClose }));
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    card.querySelector<HTMLButtonElement>('button.ll-close')!.click();
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('keeps Tab inside the card: from the last link back to the first control', () => {
    const card = root(show(realCard('to-lam', '2025-12-31'), { onClose: () => {} }));
    const focusable = [...card.querySelectorAll<HTMLElement>('a[href], button')];
    focusable.at(-1)!.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    focusable.at(-1)!.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(focusable[0]);
    const back = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true });
    focusable[0]!.dispatchEvent(back);
    expect(document.activeElement).toBe(focusable.at(-1));
  });
});

describe('CardView at a glance (issue 11)', () => {
  const base = (): Card => realCard('to-lam', '2025-12-31');
  const meeting = (id: string, kind: Card['meetings'][number]['kind'], date: string): Card['meetings'][number] => ({
    id, kind, date, dateEnd: null, dateInferred: false, undated: false, approxDate: null, notAfter: null, place: 'Hà Nội',
    others: [{ id: 'vladimir-putin', name: 'Vladimir Putin' }], withPageLeaders: false, sources: [],
  });

  it('shows a visit and the talks of the same trip in one row, each meeting with its own [data-meeting-id]', () => {
    const card = root(show({ ...base(), meetings: [meeting('talks', 'talks', '2024-06-20'), meeting('visit', 'visit', '2024-06-19'), meeting('call', 'phone_call', '2024-01-05')] }));
    const trip = card.querySelector('[data-section="meetings"] [data-trip]')!;
    expect([...trip.querySelectorAll('[data-meeting-id]')].map((e) => e.getAttribute('data-meeting-id'))).toEqual(['visit', 'talks']);
    expect(text(trip.querySelector('.ll-trip-title'))).toBe('One trip, 2 meetings');
    expect(card.querySelector('[data-trip] [data-meeting-id="call"]')).toBeNull();
  });

  it('shows the first three meeting rows and expands the rest in place with "More"', async () => {
    const meetings = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01'].map((d, i) => meeting(`m${i}`, 'talks', d));
    const card = root(show({ ...base(), meetings }));
    const hidden = (): number => card.querySelectorAll('[data-section="meetings"] [data-meeting-id][hidden]').length;
    expect(hidden()).toBe(2);
    const more = card.querySelector<HTMLButtonElement>('[data-section="meetings"] [data-action="more"]')!;
    expect(text(more)).toBe('More (2)');
    more.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(hidden()).toBe(0);
    expect(card.querySelectorAll('[data-section="meetings"] [data-meeting-id]')).toHaveLength(5);
    expect(card.querySelector('[data-section="meetings"] [data-action="more"]')).toBeNull();
  });

  it('shows direct quotations first, under their meeting, the reporting verb apart from the words', () => {
    const data = base();
    const q = data.quotes[0]!;
    const talks = meeting('talks', 'talks', '2024-06-20');
    const quotes = [
      { ...q, id: 'reported', kind: 'reported' as const, meetingId: 'talks', text: 'affirmed that ties matter', verb: 'affirmed', words: 'ties matter' },
      { ...q, id: 'direct', kind: 'direct' as const, meetingId: 'talks', text: 'We are friends', verb: null, words: 'We are friends' },
    ];
    const card = root(show({ ...data, meetings: [talks], quotes }));
    const group = card.querySelector('[data-section="quotes"] [data-quote-meeting="talks"]')!;
    expect([...group.querySelectorAll('[data-quote-id]')].map((e) => e.getAttribute('data-quote-id'))).toEqual(['direct', 'reported']);
    expect(text(group.querySelector('[data-quote-id="reported"] .ll-quote-text'))).toBe('affirmed — ties matter');
    expect(text(group.querySelector('[data-quote-id="reported"] .ll-verb'))).toBe('affirmed');
  });
});

/** Marks that record what they were asked, and answer `answer` (the background's yes or no). */
function recordingMarks(answer = true): CardMarks & { asked: { target: MarkTarget; wrong: boolean; gesture: string }[] } {
  const asked: { target: MarkTarget; wrong: boolean; gesture: string }[] = [];
  return { asked, set: async (target, wrong, gesture) => (asked.push({ target, wrong, gesture }), answer) };
}

/** A click the browser made for the reader (happy-dom, like a page's script, makes untrusted ones). */
function trustedClick(element: Element): void {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(click, 'isTrusted', { value: true });
  element.dispatchEvent(click);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The accessible name of an element named by `aria-labelledby`: the referenced elements' text, in order. */
function labelOf(element: Element): string {
  const scope = element.getRootNode() as Document;
  return (element.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => text(scope.getElementById(id)))
    .join(' ');
}

describe('marking a meeting or quote as wrong', () => {
  it('gives every meeting and quote a "Mark as wrong" button named with what it marks', () => {
    const data = realCard('to-lam', '2025-12-31');
    const card = root(show(data));
    const items = card.querySelectorAll('[data-meeting-id], [data-quote-id]');
    expect(items.length).toBe(data.meetings.length + data.quotes.length);
    for (const item of items) {
      const button = item.querySelector('button[data-action="mark-wrong"]')!;
      expect(button.getAttribute('type')).toBe('button');
      expect(text(button)).toBe('Mark as wrong');
      const facts = text(item.querySelector('.ll-meta'));
      expect(facts.length).toBeGreaterThan(0);
      expect(labelOf(button)).toBe(`Mark as wrong ${facts}`);
    }
  });

  it('says it in Vietnamese on a Vietnamese card', () => {
    const card = root(show(realCard('to-lam', '2025-12-31'), { language: 'vi' }));
    expect(text(card.querySelector('[data-meeting-id] [data-action="mark-wrong"]'))).toBe('Báo sai');
  });

  it('marks a meeting for the reader\'s click: it leaves the card, its timeline point too, and Undo takes focus', async () => {
    const marks = recordingMarks();
    const data = realCard('to-lam', '2025-12-31');
    const meeting = data.meetings.find((m) => !m.undated && data.timeline.some((p) => p.meetingId === m.id))!;
    const card = root(show(data, { marks }));
    const points = () => card.querySelectorAll('[data-section="timeline"] circle').length;
    const before = points();
    trustedClick(card.querySelector(`[data-meeting-id="${meeting.id}"] [data-action="mark-wrong"]`)!);
    await settle();
    expect(marks.asked).toEqual([{ target: { kind: 'meeting', itemId: meeting.id, leaderId: 'to-lam' }, wrong: true, gesture: expect.stringMatching(/^[0-9a-f]{32}$/) }]);
    expect(card.querySelector(`[data-meeting-id="${meeting.id}"]`)).toBeNull();
    expect(card.querySelectorAll('[data-section="meetings"] [data-meeting-id]')).toHaveLength(data.meetings.length - 1);
    expect(points()).toBe(before - 1);
    const status = card.querySelector('[role="status"].ll-marked')!;
    const undo = status.querySelector('[data-action="undo-mark"]')!;
    expect(text(status.querySelector(`#${undo.getAttribute('aria-describedby')}`))).toBe('Marked as wrong.');
    expect(text(undo)).toBe('Undo');
    expect(document.activeElement).toBe(undo);
  });

  it('marks a quote the same way', async () => {
    const marks = recordingMarks();
    const data = realCard('to-lam', '2025-12-31');
    const quote = data.quotes[0]!;
    const card = root(show(data, { marks }));
    trustedClick(card.querySelector(`[data-quote-id="${quote.id}"] [data-action="mark-wrong"]`)!);
    await settle();
    expect(marks.asked[0]!.target).toEqual({ kind: 'quote', itemId: quote.id, leaderId: 'to-lam' });
    expect(card.querySelector(`[data-quote-id="${quote.id}"]`)).toBeNull();
    expect(card.querySelector('[data-section="quotes"]')).not.toBeNull();
  });

  it('marks nothing for a click a script made', async () => {
    const marks = recordingMarks();
    const data = realCard('to-lam', '2025-12-31');
    const card = root(show(data, { marks }));
    const button = card.querySelector<HTMLButtonElement>('[data-meeting-id] [data-action="mark-wrong"]')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    expect(marks.asked).toEqual([]);
    expect(card.querySelectorAll('[data-meeting-id]')).toHaveLength(data.meetings.length);
  });

  it('puts the item and the focus back on Undo', async () => {
    const marks = recordingMarks();
    const data = realCard('to-lam', '2025-12-31');
    const id = data.meetings[0]!.id;
    const card = root(show(data, { marks }));
    trustedClick(card.querySelector(`[data-meeting-id="${id}"] [data-action="mark-wrong"]`)!);
    await settle();
    trustedClick(card.querySelector('[data-action="undo-mark"]')!);
    await settle();
    expect(marks.asked.map(({ target, wrong }) => [target.itemId, wrong])).toEqual([[id, true], [id, false]]);
    expect(card.querySelectorAll('[data-meeting-id]')).toHaveLength(data.meetings.length);
    expect(card.querySelector('.ll-marked')).toBeNull();
    expect(document.activeElement).toBe(card.querySelector(`[data-meeting-id="${id}"] [data-action="mark-wrong"]`));
  });

  it('keeps the item and says so when the mark could not be saved', async () => {
    const data = realCard('to-lam', '2025-12-31');
    const card = root(show(data, { marks: recordingMarks(false) }));
    trustedClick(card.querySelector('[data-meeting-id] [data-action="mark-wrong"]')!);
    await settle();
    expect(card.querySelectorAll('[data-meeting-id]')).toHaveLength(data.meetings.length);
    expect(text(card.querySelector('[role="alert"]'))).toBe('Could not save this change. Try again.');
  });

  it('keeps Undo when the undo could not be saved, and says so', async () => {
    let answer = true;
    const marks: CardMarks = { set: async () => answer };
    const data = realCard('to-lam', '2025-12-31');
    const id = data.meetings[0]!.id;
    const card = root(show(data, { marks }));
    trustedClick(card.querySelector(`[data-meeting-id="${id}"] [data-action="mark-wrong"]`)!);
    await settle();
    answer = false;
    trustedClick(card.querySelector('[data-action="undo-mark"]')!);
    await settle();
    expect(card.querySelector(`[data-meeting-id="${id}"]`)).toBeNull();
    expect(text(card.querySelector('[role="alert"] span'))).toBe('Could not save this change. Try again.');
    expect(card.querySelector('[role="alert"] [data-action="undo-mark"]')).not.toBeNull();
    answer = true;
    trustedClick(card.querySelector('[data-action="undo-mark"]')!);
    await settle();
    expect(card.querySelector(`[data-meeting-id="${id}"]`)).not.toBeNull();
    expect(card.querySelector('.ll-marked')).toBeNull();
  });
});


describe('a brief card: the rows "More" hides come as stubs, filled on the reader\'s click', () => {
  const full = (): Card => {
    const card = realCard('thongloun-sisoulith', '2025-12-31', ['to-lam']);
    // A saved article's items: the stub's element says so too.
    return { ...card, meetings: card.meetings.map((m, i) => (i % 2 ? { ...m, origin: 'saved' as const } : m)), quotes: card.quotes.map((q, i) => (i % 2 ? { ...q, origin: 'saved' as const } : q)) };
  };
  const items = '[data-meeting-id], [data-quote-id]';
  const idOf = (el: Element): string => el.getAttribute('data-meeting-id') ?? el.getAttribute('data-quote-id')!;
  const visibleIds = (card: Element): string[] => [...card.querySelectorAll(items)].filter((el) => !el.closest('[hidden]')).map(idOf);
  const moreTexts = (card: Element): string[] => [...card.querySelectorAll('[data-action="more"]')].map(text);
  /** A `loadFull` that answers `card` after a tick, and counts its calls. */
  const loader = (card: Card) => {
    const load = vi.fn(async () => {
      await settle();
      return card;
    });
    return load;
  };

  it('has every item\'s element, the stubs hidden and empty with their id and origin, and shows what the whole card shows', () => {
    const data = full();
    const brief = briefCard(data);
    expect(brief.meetings.filter(isStub).length).toBeGreaterThan(0);
    expect(brief.quotes.filter(isStub).length).toBeGreaterThan(0);
    const card = root(show(brief, { loadFull: loader(data) }));
    const whole = root(show(data));
    expect([...card.querySelectorAll(items)].map(idOf).sort()).toEqual([...whole.querySelectorAll(items)].map(idOf).sort());
    for (const stub of [...brief.meetings, ...brief.quotes].filter(isStub)) {
      const el = card.querySelector(`[data-meeting-id="${stub.id}"], [data-quote-id="${stub.id}"]`)!;
      expect(el.closest('[hidden]')).not.toBeNull();
      expect(el.childElementCount).toBe(0);
      expect(el.getAttribute('data-origin')).toBe(stub.origin ?? null);
    }
    expect(visibleIds(card)).toEqual(visibleIds(whole));
    expect(moreTexts(card)).toEqual(moreTexts(whole));
    expect(text(card.querySelector('[data-section="meetings"] h3'))).toBe(text(whole.querySelector('[data-section="meetings"] h3')));
  });

  it('fills the rows in place and expands for the reader\'s click on "More", asking once', async () => {
    const data = full();
    const loadFull = loader(data);
    const card = root(show(briefCard(data), { loadFull }));
    const stub = briefCard(data).meetings.find(isStub)!;
    const element = card.querySelector(`[data-meeting-id="${stub.id}"]`)!;
    trustedClick(card.querySelector('[data-section="meetings"] [data-action="more"]')!);
    trustedClick(card.querySelector('[data-section="meetings"] [data-action="more"]')!);
    await settle();
    await settle();
    expect(loadFull).toHaveBeenCalledTimes(1);
    expect(card.querySelector('[data-section="meetings"] [data-action="more"]')).toBeNull();
    const meetings = [...card.querySelectorAll('[data-section="meetings"] [data-meeting-id]')];
    expect(meetings.filter((el) => el.closest('[hidden]'))).toEqual([]);
    for (const el of meetings) expect(text(el.querySelector('.ll-meta')).length).toBeGreaterThan(0);
    // The same element, now with its row.
    expect(card.querySelector(`[data-meeting-id="${stub.id}"]`)).toBe(element);
    expect(text(element.querySelector('.ll-sources'))).not.toBe('');
    // The quotes are filled too (still behind their own "More"), without asking again.
    trustedClick(card.querySelector('[data-section="quotes"] [data-action="more"]')!);
    await settle();
    expect(loadFull).toHaveBeenCalledTimes(1);
    for (const el of card.querySelectorAll('[data-section="quotes"] [data-quote-id]')) expect(text(el.querySelector('.ll-quote-text')).length).toBeGreaterThan(0);
  });

  it('does nothing for a click a script made on "More"', async () => {
    const data = full();
    const loadFull = loader(data);
    const card = root(show(briefCard(data), { loadFull }));
    const more = card.querySelector<HTMLButtonElement>('[data-section="meetings"] [data-action="more"]')!;
    const hidden = card.querySelectorAll('[data-section="meetings"] [data-meeting-id][hidden]').length;
    more.click();
    more.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    await settle();
    expect(loadFull).not.toHaveBeenCalled();
    expect(card.querySelectorAll('[data-section="meetings"] [data-meeting-id][hidden]')).toHaveLength(hidden);
    expect(card.querySelector('[data-section="meetings"] [data-action="more"]')).toBe(more);
  });

  it('moves focus from "More" to the first row it revealed', async () => {
    const data = full();
    const card = root(show(briefCard(data), { loadFull: loader(data) }));
    const more = card.querySelector<HTMLButtonElement>('[data-section="quotes"] [data-action="more"]')!;
    const firstHidden = more.previousElementSibling!.querySelector<HTMLElement>('[hidden]')!;
    more.focus();
    trustedClick(more);
    await settle();
    await settle();
    expect(firstHidden.hidden).toBe(false);
    expect(firstHidden.contains(document.activeElement)).toBe(true);
    expect(document.activeElement?.getAttribute('data-action')).toBe('mark-wrong');
  });

  it('keeps "More" when the rest could not be loaded, and asks again on the next click', async () => {
    const data = full();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const loadFull = vi.fn().mockRejectedValueOnce(new Error('the background did not answer "get-card"')).mockResolvedValueOnce(data);
    const card = root(show(briefCard(data), { loadFull }));
    trustedClick(card.querySelector('[data-section="meetings"] [data-action="more"]')!);
    await settle();
    expect(card.querySelector('[data-section="meetings"] [data-action="more"]')).not.toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not load the rest of the card'));
    trustedClick(card.querySelector('[data-section="meetings"] [data-action="more"]')!);
    await settle();
    await settle();
    expect(loadFull).toHaveBeenCalledTimes(2);
    expect(card.querySelector('[data-section="meetings"] [data-action="more"]')).toBeNull();
    warn.mockRestore();
  });

  it('fills the card when a mark brings a hidden row into view, and marks rows that were stubs', async () => {
    const data = full();
    const marks = recordingMarks();
    const loadFull = loader(data);
    const card = root(show(briefCard(data), { loadFull, marks }));
    const first = card.querySelector('[data-section="quotes"] [data-quote-id]:not([hidden])')!;
    trustedClick(first.querySelector('[data-action="mark-wrong"]')!);
    await settle();
    await settle();
    expect(loadFull).toHaveBeenCalledTimes(1);
    // Three quotes shown again, each with its text: the one that came into view was filled.
    const shown = [...card.querySelectorAll('[data-section="quotes"] [data-quote-id]')].filter((el) => !el.closest('[hidden]') && !el.closest('[data-group="undated"]'));
    expect(shown).toHaveLength(3);
    for (const el of shown) expect(text(el.querySelector('.ll-quote-text')).length).toBeGreaterThan(0);
    // A row that was a stub, once filled, is marked like any other.
    const wasStub = briefCard(data).meetings.find(isStub)!;
    trustedClick(card.querySelector('[data-section="meetings"] [data-action="more"]')!);
    await settle();
    trustedClick(card.querySelector(`[data-meeting-id="${wasStub.id}"] [data-action="mark-wrong"]`)!);
    await settle();
    expect(marks.asked.map(({ target }) => target.itemId)).toEqual([idOf(first), wasStub.id]);
    expect(card.querySelector(`[data-meeting-id="${wasStub.id}"]`)).toBeNull();
    expect(loadFull).toHaveBeenCalledTimes(1);
  });
});
