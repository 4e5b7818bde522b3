/**
 * A deterministic synthetic corpus laid out like `corpus/`: `articles/*.txt` plus its own
 * `leaders.json`. Benchmarks need corpora of 1k and 10k articles that make the pipeline do the work
 * the real five articles make it do; the same seed gives the same bytes, so figures from two runs
 * (or two machines) are about the same input.
 *
 * It writes the mix the real corpus has: Vietnamese and English articles (`english`, a share,
 * default {@link REAL_ENGLISH_SHARE}: English as VNA/VietnamPlus report the same meetings,
 * `synthetic-article-en.ts`), people outside the registry titled with offices it knows (the build
 * finds them, `unknown` lists them) and received by a leader in some articles, and a registry whose
 * people have sourced offices (synthetic-registry.ts). The world does not change with `english`:
 * the same meetings, people and article sizes, and every Vietnamese article of a mixed corpus is
 * byte for byte the article of the same number in the corpus without English.
 *
 * @example
 * const summary = generateCorpus('/tmp/c', { articles: 100, seed: 'demo' });
 * // /tmp/c/articles/00000_3f….txt … 00099_….txt and /tmp/c/leaders.json
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeArticle, type SyntheticEvent, type SyntheticKind } from './synthetic-article';
import { writeEnglishArticle } from './synthetic-article-en';
import { generateNames, type NameKind, type SyntheticName } from './synthetic-names';
import { createRng, hex16, type Rng, type Seed } from './synthetic-random';
import { dayNumber, generateRegistry, type SyntheticLeader } from './synthetic-registry';

export { generateNames, foldToAscii, type SyntheticName, type NameKind } from './synthetic-names';

/** Bump when the generator's output changes, so cached corpora under `.bench-out/` are rebuilt. */
export const GENERATOR_VERSION = 3;

/**
 * The share of English articles by default: about what the real articles annotated for the
 * held-out evaluation hold (56 English, 42 Vietnamese, tests/fixtures/held-out), and the share the
 * language bench compares engines on.
 */
export const REAL_ENGLISH_SHARE = 0.5;

export interface CorpusOptions {
  articles: number;
  seed: Seed;
  /** Leaders in the synthetic registry (default 200). Kept fixed across corpus sizes by callers
   * that compare sizes, so a per-article cost is not skewed by a bigger registry. */
  leaders?: number;
  /** Write `leaders.json` (default true). Without it the pipeline would use the project's registry,
   * which knows none of the synthetic names. */
  registry?: boolean;
  /** Share of the articles written in English, 0 to 1 (default {@link REAL_ENGLISH_SHARE}; 0 for
   * Vietnamese only): exactly `round(100 × english)` of every hundred articles, chosen by the seed,
   * so the share is exact for whole hundreds and close for the rest. */
  english?: number;
  /** A registry without the fields older engines refuse (`home`, `laterNameToken`), for benches
   * that run an earlier commit's engine on the same corpus (build-languages.bench.ts). */
  legacyRegistry?: boolean;
}

export interface CorpusSummary {
  articles: number;
  bytes: number;
  leaders: number;
  /** Articles that retell a meeting another article already told. */
  retold: number;
  /** Articles written in English (the rest are Vietnamese). */
  english: number;
}

/** Articles are dated between these days; the registry's term chains cover them. */
const FIRST_DAY = dayNumber('2017-01-01');
const LAST_DAY = dayNumber('2026-10-01');
const KIND_WEIGHTS: [SyntheticKind, number][] = [
  ['talks', 25], ['visit', 20], ['courtesy_call', 15], ['reception', 15], ['phone_call', 12], ['summit', 7], ['online_talks', 6],
];
const VN_OFFICE_WEIGHTS: [string, number][] = [
  ['general-secretary', 3], ['president', 3], ['prime-minister', 3], ['na-chairman', 2], ['deputy-prime-minister', 1], ['foreign-minister', 1],
];
// The first two are offices the registry knows and nobody in it holds (synthetic-registry.ts): the
// build makes the people titled with them people of the index. The last two it does not know.
const OUTSIDER_TITLES = ['Bộ trưởng Quốc phòng', 'Bộ trưởng Công Thương', 'Bộ trưởng Quốc phòng', 'Chủ tịch Thượng viện', 'Phó Tổng thống'];

/**
 * Writes `options.articles` articles into `<dir>/articles/` and the registry into
 * `<dir>/leaders.json`. Existing files of the same names are overwritten; others are left alone, so
 * give it an empty or fresh folder.
 */
export function generateCorpus(dir: string, options: CorpusOptions): CorpusSummary {
  const articlesDir = join(dir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  let bytes = 0;
  let leaders = 0;
  const world = createWorld(options);
  if (options.registry !== false) {
    writeFileSync(join(dir, 'leaders.json'), world.registryJson);
    leaders = world.leaders.length;
  }
  let english = 0;
  for (const { file, text, language } of world.articles()) {
    writeFileSync(join(articlesDir, file), text);
    bytes += Buffer.byteLength(text, 'utf8');
    if (language === 'en') english++;
  }
  return { articles: options.articles, bytes, leaders, retold: world.retold(), english };
}

/**
 * {@link generateCorpus} into `<root>/corpus-<articles>-<seed>-v<version>/`, reused when a previous
 * run finished writing it (a marker file is written last, so an interrupted run is redone).
 * Returns the corpus folder.
 */
export function cachedCorpus(root: string, options: CorpusOptions): { dir: string; summary: CorpusSummary; cached: boolean } {
  const share = englishShare(options);
  const en = share > 0 ? `-en${slug(String(share))}` : '';
  const legacy = options.legacyRegistry ? '-legacy' : '';
  const key = `corpus-${options.articles}-${slug(String(options.seed))}-l${options.leaders ?? DEFAULT_LEADERS}${en}${legacy}-v${GENERATOR_VERSION}`;
  const dir = join(root, key);
  const marker = join(dir, 'complete.json');
  if (existsSync(marker)) {
    try {
      // Markers written before `english` existed are of corpora without English.
      return { dir, summary: { english: 0, ...(JSON.parse(readFileSync(marker, 'utf8')) as Omit<CorpusSummary, 'english'>) }, cached: true };
    } catch {
      // A marker we cannot read is as good as none: regenerate.
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const summary = generateCorpus(dir, options);
  writeFileSync(marker, JSON.stringify(summary));
  return { dir, summary, cached: false };
}

/**
 * Article-like Vietnamese text of about `bytes` UTF-8 bytes (for the matcher bench). When
 * `mentions` is given, a sentence naming one of them (in order, cycling) is inserted roughly every
 * `every` bytes, so a matcher over those names has hits spread through the text.
 */
export function syntheticText(options: { bytes: number; seed: Seed; mentions?: readonly string[]; every?: number }): string {
  const world = createWorld({ articles: Number.MAX_SAFE_INTEGER, seed: options.seed, registry: false, english: 0 });
  const rng = createRng(options.seed).fork('text-mentions');
  const every = options.every ?? 400;
  const mentions = options.mentions ?? [];
  const parts: string[] = [];
  let size = 0;
  let next = 0;
  for (const { text } of world.articles()) {
    for (const line of text.split('\n')) {
      if (line === '') continue;
      parts.push(line);
      size += Buffer.byteLength(line, 'utf8') + 1;
      while (mentions.length > 0 && size >= (next + 1) * every) {
        const name = mentions[next % mentions.length] as string;
        const sentence = `${rng.pick(['Bộ trưởng', 'Thủ tướng', 'Tổng thống', 'ông', 'Chủ tịch nước'])} ${name} ${rng.pick(['phát biểu tại hội nghị.', 'hội đàm với đoàn đại biểu.', 'cho biết như vậy.'])}`;
        parts.push(sentence);
        size += Buffer.byteLength(sentence, 'utf8') + 1;
        next++;
      }
      if (size >= options.bytes) return truncateToBytes(parts.join('\n'), options.bytes);
    }
  }
  return parts.join('\n');
}

const DEFAULT_LEADERS = 200;

interface World {
  leaders: SyntheticLeader[];
  registryJson: string;
  articles(): Generator<{ file: string; text: string; language: 'vi' | 'en' }>;
  retold(): number;
}

function englishShare(options: CorpusOptions): number {
  const share = options.english ?? REAL_ENGLISH_SHARE;
  if (!(share >= 0 && share <= 1)) throw new Error(`synthetic: english must be a share between 0 and 1, got ${String(options.english)}`);
  return share;
}

/** Articles are given their language in blocks of this many, `round(LANGUAGE_BLOCK × share)` in English each. */
const LANGUAGE_BLOCK = 100;

/**
 * Whether article `i` is in English: in each block of {@link LANGUAGE_BLOCK} articles, exactly
 * `round(LANGUAGE_BLOCK × share)` are, drawn from a stream of the block's own so the choice does not
 * disturb any article's text. An article's language depends only on its number, never on how many
 * articles the corpus has: the corpus of n + 1 articles is the corpus of n and one more (the build
 * bench adds that one to a built corpus), and a corpus of whole blocks has the share exactly.
 */
function englishChooser(share: number, seed: Seed): (i: number) => boolean {
  const perBlock = Math.round(LANGUAGE_BLOCK * share);
  const blocks = new Map<number, Set<number>>();
  return (i) => {
    if (perBlock === 0) return false;
    if (perBlock === LANGUAGE_BLOCK) return true;
    const block = Math.floor(i / LANGUAGE_BLOCK);
    let chosen = blocks.get(block);
    if (!chosen) {
      // A partial Fisher-Yates shuffle of the block's positions: the first `perBlock` are English.
      const rng = createRng(seed).fork(`languages/${block}`);
      const order = Array.from({ length: LANGUAGE_BLOCK }, (_, k) => k);
      chosen = new Set<number>();
      for (let k = 0; k < perBlock; k++) {
        const j = rng.int(k, LANGUAGE_BLOCK - 1);
        const picked = order[j] as number;
        order[j] = order[k] as number;
        order[k] = picked;
        chosen.add(picked);
      }
      blocks.clear(); // articles come in order: one block at a time is enough
      blocks.set(block, chosen);
    }
    return chosen.has(i % LANGUAGE_BLOCK);
  };
}

function createWorld(options: CorpusOptions): World {
  const share = englishShare(options);
  // `syntheticText` asks for an endless corpus, always without English (english: 0).
  const isEnglish = englishChooser(share, options.seed);
  const registry = generateRegistry(options.leaders ?? DEFAULT_LEADERS, options.seed, { legacy: options.legacyRegistry === true });
  const slots = new Map<string, SyntheticLeader[]>();
  for (const leader of registry.leaders) {
    const key = `${leader.country.code}/${leader.office.office}`;
    const list = slots.get(key) ?? [];
    list.push(leader);
    slots.set(key, list);
  }
  const holderOn = (country: string, office: string, day: number): SyntheticLeader => {
    const chain = slots.get(`${country}/${office}`) ?? [];
    // Chains are in term order; the holder is the last one whose term started on or before `day`.
    let found = chain[0];
    for (const leader of chain) if (dayNumber(leader.office.start) <= day) found = leader;
    if (!found) throw new Error(`synthetic: no holder for ${country}/${office}`);
    return found;
  };
  const foreign = registry.leaders.map((l) => l.country).filter((c, i, all) => c.code !== 'VN' && all.indexOf(c) === i);

  // Names for office-holders the registry does not know, checked against every registry name.
  const known = new Set(registry.leaders.map((l) => l.name.ascii.toLowerCase()));
  // One pool per naming tradition, so a French minister is not called "Lý Thị Lan".
  const outsiders = (kind: NameKind): SyntheticName[] =>
    generateNames(30, { seed: `${String(options.seed)}/outsiders/${kind}`, mix: { vietnamese: 0, lao: 0, western: 0, [kind]: 1 } })
      .filter((n) => !known.has(n.ascii.toLowerCase()));
  const outsiderPools: Record<NameKind, SyntheticName[]> = { vietnamese: outsiders('vietnamese'), lao: outsiders('lao'), western: outsiders('western') };

  const events: SyntheticEvent[] = [];
  const byLeader = new Map<string, SyntheticEvent[]>();
  let retold = 0;

  const newEvent = (rng: Rng): SyntheticEvent => {
    const day = rng.int(FIRST_DAY, LAST_DAY);
    const host = holderOn('VN', weighted(rng, VN_OFFICE_WEIGHTS), day);
    const country = rng.pick(foreign);
    const guest = holderOn(country.code, rng.pick(country.offices), day);
    const kind = weighted(rng, KIND_WEIGHTS);
    const abroad = kind === 'visit' || ((kind === 'talks' || kind === 'courtesy_call' || kind === 'summit') && rng.chance(0.4));
    const lastDay = kind === 'visit' ? Math.min(day + rng.int(1, 3), LAST_DAY) : day;
    return { kind, host, guest, day, lastDay, abroad };
  };

  function* articles(): Generator<{ file: string; text: string; language: 'vi' | 'en' }> {
    for (let i = 0; i < options.articles; i++) {
      // One stream per article: a change in how one article is written does not reshuffle the
      // rest, which keeps diffs between generator versions readable.
      const rng = createRng(options.seed).fork(`article-${i}`);
      let event: SyntheticEvent;
      if (events.length > 0 && rng.chance(0.2)) {
        // Several outlets report the same meeting: one meeting, several sources.
        event = rng.pick(events.slice(-50));
        retold++;
      } else {
        event = newEvent(rng);
        events.push(event);
        for (const id of [event.host.id, event.guest.id]) {
          const list = byLeader.get(id) ?? [];
          list.push(event);
          byLeader.set(id, list);
        }
      }
      const earlier = [...(byLeader.get(event.host.id) ?? []), ...(byLeader.get(event.guest.id) ?? [])]
        .filter((e) => e.day < event.day)
        .slice(-3);
      const bystanders: SyntheticLeader[] = [];
      for (let k = 0; k < 4; k++) {
        const c = rng.chance(0.5) ? 'VN' : rng.pick(foreign).code;
        const country = c === 'VN' ? 'VN' : c;
        const offices = registry.leaders.find((l) => l.country.code === country)?.country.offices ?? [];
        if (offices.length > 0) bystanders.push(holderOn(country, rng.pick(offices), event.day));
      }
      const pool = outsiderPools[event.guest.country.names];
      const outsiderName = pool.length > 0 && rng.chance(0.3) ? rng.pick(pool) : null;
      const outsider = outsiderName
        ? { name: outsiderName.full, title: rng.pick(OUTSIDER_TITLES), countryVi: event.guest.country.vi[0] ?? '', received: false }
        : null;
      // A stream of its own, so the text the article had before outsiders were received is kept.
      if (outsider) outsider.received = createRng(options.seed).fork(`article-${i}/received`).chance(0.4);
      const targetBytes = Math.round(2000 + 13000 * rng.next() ** 2);
      // Everything above is the world, the same in either language; only the writing differs.
      const language = isEnglish(i) ? 'en' : 'vi';
      const write = language === 'en' ? writeEnglishArticle : writeArticle;
      const article = write({ rng, event, earlier, bystanders, outsider, targetBytes });
      yield { file: `${String(i).padStart(5, '0')}_${hex16(rng)}.txt`, text: article.text, language };
    }
  }

  return { leaders: registry.leaders, registryJson: registry.json, articles, retold: () => retold };
}

function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = rng.next() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  const lastEntry = table[table.length - 1];
  if (!lastEntry) throw new Error('synthetic: weighted() over an empty table');
  return lastEntry[0];
}

/** Cuts whole code points off the end until the UTF-8 size fits, so no character is split. */
function truncateToBytes(text: string, max: number): string {
  const chars = [...text];
  let size = Buffer.byteLength(text, 'utf8');
  while (size > max && chars.length > 0) size -= Buffer.byteLength(chars.pop() as string, 'utf8');
  return chars.join('');
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 40);
}
