import { buildCorpus, type CorpusBuild } from '../../src/corpus/build-corpus';
import { splitHeader } from '../../src/corpus/read-header';
import { placeCountries } from '../../src/index-data/build-index';
import { openIndexFolder, type IndexLookups } from '../../src/index-data/read-index-folder';
import { loadNameTable } from '../../src/names/name-table';
import { checkArticleFile, type AdmittedArticle } from '../../src/saved/check-article-file';
import { readEntry, type ArticleDetails, type LoadedEngine, type SaveContext } from '../../src/saved/save-article';
import type { SavedEntry, SavedStore } from '../../src/saved/saved-store';
import { memorySavedStore } from '../../src/saved/saved-store';
import { laidOut, memoryFiles, seedBuild } from '../index-data/folder-files';

/**
 * Saved articles' test bench: the seed corpus's index folder in memory (as the extension reads
 * the packaged one), the engine loaded from that build, and two news articles as corpus files.
 */

/** Vietnamese: Phạm Minh Chính and Lawrence Wong, talks on 2025-04-09 (no such meeting in the seed corpus). */
export const VI_TEXT = ` date 2025-04-10
 url https://tintuc.example/thu-tuong-hoi-dam-singapore.html
Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Singapore Lawrence Wong
Chiều 9/4, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Singapore Lawrence Wong.
Tại hội đàm, Thủ tướng Phạm Minh Chính khẳng định Việt Nam coi trọng quan hệ Đối tác Chiến lược Toàn diện với Singapore.
Thủ tướng Lawrence Wong cho biết Singapore mong muốn mở rộng hợp tác về kinh tế số và năng lượng xanh.
`;

/** English, the same talks told by another site: one meeting with two sources once both are saved. */
export const EN_TEXT = ` date 2025-04-10
 url https://news.example/pm-chinh-wong-talks.html
Prime Minister Pham Minh Chinh holds talks with Singapore Prime Minister Lawrence Wong
On April 9, Prime Minister Pham Minh Chinh held talks with Singapore Prime Minister Lawrence Wong in Hanoi.
Prime Minister Lawrence Wong said Singapore wants to expand cooperation with Vietnam in the digital economy.
`;

/** English: Lương Cường and Prabowo Subianto on 2025-05-20. */
export const EN_PRABOWO = ` date 2025-05-21
 url https://news.example/luong-cuong-prabowo.html
Vietnamese President Luong Cuong meets Indonesian President Prabowo Subianto
On May 20, President Luong Cuong held talks with Indonesian President Prabowo Subianto in Hanoi.
President Luong Cuong said Vietnam values its comprehensive strategic partnership with Indonesia.
President Prabowo Subianto affirmed that Indonesia wants to expand trade with Vietnam.
`;

export function admit(text: string, name = 'page.txt'): AdmittedArticle {
  const admitted = checkArticleFile(name, new TextEncoder().encode(text));
  if (!admitted.ok) throw new Error(admitted.reason);
  return admitted;
}

/** The engine as the extension loads it, from a corpus build (default: the seed corpus's). */
export function engineOf(build: CorpusBuild = seedBuild(), stamp = 'test-engine:test-index'): LoadedEngine {
  return {
    registry: build.registry,
    table: loadNameTable(build.nameTable),
    stamp,
    placeCountries: (places) => placeCountries(places.map((place) => ({ place })), build.registry),
  };
}

let lookups: Promise<IndexLookups> | undefined;
/** The seed corpus's index folder, opened as the background opens the packaged one. */
export function seedLookups(): Promise<IndexLookups> {
  lookups ??= openIndexFolder(memoryFiles(laidOut(seedBuild()).files));
  return lookups;
}

/** A save context over a store (default: a fresh one in memory) and the seed corpus. */
export async function saveContext(store: SavedStore = memorySavedStore(), today = '2026-01-01'): Promise<SaveContext> {
  const index = await seedLookups();
  const engine = engineOf();
  return {
    store,
    engine: async () => engine,
    leaderFacts: (id) => index.cardFacts(id),
    today: () => today,
    now: () => new Date('2026-01-01T10:00:00Z'),
  };
}

const DETAILS: ArticleDetails = { url: null, title: null, site: null, published: null, lang: null, origin: 'import' };

/** The store entry of a corpus file's text, read with the seed engine. */
export async function entryOf(text: string, details: Partial<ArticleDetails> = {}): Promise<SavedEntry> {
  return (await readEntry(admit(text), { ...DETAILS, ...details }, await saveContext())).entry;
}

/** A corpus of `files` built by the CLI's engine, with the seed corpus's registry. */
export function cliBuild(dir: string): CorpusBuild {
  return buildCorpus({ corpusDir: dir, registryFile: new URL('../../corpus/leaders.json', import.meta.url).pathname, today: '2026-01-01' });
}

export { splitHeader };

/** English, a meeting the seed corpus holds (Tô Lâm and Thongloun Sisoulith, talks, 2025-12-01): one meeting with two sources. */
export const EN_LAOS = ` date 2025-12-02
 url https://news.example/to-lam-thongloun-talks.html
General Secretary To Lam holds talks with Lao leader Thongloun Sisoulith
On December 1, General Secretary To Lam held talks with General Secretary and President of Laos Thongloun Sisoulith in Vientiane.
General Secretary To Lam said Vietnam treasures its special relationship with Laos.
`;
