/**
 * The page's publication date, as `YYYY-MM-DD`, or null when the page gives none (then "prior"
 * means before today, which the background decides). Looked up in the order news sites are most
 * reliable about: the Open Graph `article:published_time` meta, JSON-LD `datePublished`, then the
 * first `<time datetime>`. The date is taken as written (the site's own day), not moved to UTC: a
 * Hanoi article from 2023-02-17T01:00+07:00 is of the 17th.
 *
 *     pageDate(document)   // '2023-02-17'
 */
export function pageDate(doc: Document): string | null {
  return fromMeta(doc) ?? fromJsonLd(doc) ?? fromTimeElement(doc);
}

const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})/u;

/** `YYYY-MM-DD` from the start of an ISO date or date-time, if it is a real day. */
export function isoDayOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${mo}-${d}`;
}

function fromMeta(doc: Document): string | null {
  for (const meta of doc.querySelectorAll('meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]')) {
    const day = isoDayOf(meta.getAttribute('content'));
    if (day) return day;
  }
  return null;
}

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Sites ship broken JSON-LD (trailing commas, HTML entities); the next source may do.
    }
    const day = datePublishedIn(data, 0);
    if (day) return day;
  }
  return null;
}

/** `datePublished` anywhere in a JSON-LD value: top level, an array of items, or an `@graph`. */
function datePublishedIn(data: unknown, depth: number): string | null {
  if (depth > 4 || data === null || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const day = datePublishedIn(item, depth + 1);
      if (day) return day;
    }
    return null;
  }
  const record = data as Record<string, unknown>;
  return isoDayOf(record.datePublished) ?? datePublishedIn(record['@graph'], depth + 1);
}

function fromTimeElement(doc: Document): string | null {
  for (const time of doc.querySelectorAll('time[datetime]')) {
    const day = isoDayOf(time.getAttribute('datetime'));
    if (day) return day;
  }
  return null;
}
