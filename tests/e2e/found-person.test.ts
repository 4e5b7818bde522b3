import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { buildExtensionIndex } from '../../src/index-data/build-index';
import { INDEX_DIR_NAME } from '../../src/index-data/format';
import { layoutIndex } from '../../src/index-data/index-layout';
import { registryFileFor } from '../../src/cli/corpus-paths';
import { writeIndexFolder } from '../../src/cli/write-index';
import { extensionDir, launchExtension, type ExtensionSession } from './harness';
import { completeMentions, countsOf, hoverText, waitForCard } from './pages/page-helpers';
import { resultRows, searchFor } from './popup-helpers';

// A person the registry lacks, from an article to the card and the popup of the built extension:
// the corpus engine reads a constructed article, the index it gives replaces the packaged one in a
// copy of the built extension (`.output/chrome-mv3`), and Chromium runs that copy. The page around
// it also names look-alikes that must stay dark: a namesake footballer, a street, a spouse, a
// provincial official.
const ARTICLE = ` date 2025-03-05
Bộ trưởng Quốc phòng Australia thăm Việt Nam

Ngày 5/3, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng Việt Nam, đã hội đàm với Bộ trưởng Quốc phòng Australia Richard Marles.

Tại hội đàm, ông Marles khẳng định Australia coi trọng quan hệ Đối tác Chiến lược Toàn diện với Việt Nam.
`;

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin tổng hợp</title>
<meta property="article:published_time" content="2025-06-01T08:00:00+07:00"></head><body>
<article>
<p id="found">Bộ trưởng Quốc phòng Australia Richard Marles trở lại Hà Nội.</p>
<p id="footballer">Tiền đạo Lý Cường của câu lạc bộ Hà Nội ghi hai bàn tối qua.</p>
<p id="street">Một cửa hàng mới mở trên đường Phan Văn Giang, quận Ba Đình.</p>
<p id="spouse">Tổng thống Pháp Emmanuel Macron và phu nhân, bà Brigitte Macron, dự tiệc.</p>
<p id="official">Thủ tướng Phạm Minh Chính làm việc với tỉnh; Phó Chủ tịch tỉnh Nguyễn Văn Chính báo cáo.</p>
</article></body></html>`;

let work: string;
let session: ExtensionSession;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'leaderlens-found-'));
  const corpus = join(work, 'corpus');
  mkdirSync(join(corpus, 'articles'), { recursive: true });
  writeFileSync(join(corpus, 'articles', 'quoc-phong-australia.txt'), ARTICLE);
  const extension = join(work, 'extension');
  cpSync(extensionDir, extension, { recursive: true });
  // No leaders.json in the folder: the project's registry, as `--corpus DIR` reads it.
  const build = buildCorpus({ corpusDir: corpus, registryFile: registryFileFor(corpus) });
  writeIndexFolder(layoutIndex(buildExtensionIndex(build)), join(extension, INDEX_DIR_NAME));
  session = await launchExtension({ '/news.html': PAGE }, { extensionDir: extension });
  page = await session.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${session.origin}/news.html`);
});

afterAll(async () => {
  await session?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a person found in the corpus, end to end', () => {
  it('is highlighted on a page by the form the corpus wrote, and look-alikes are not', async () => {
    const counts = countsOf(await completeMentions(session));
    expect(counts['richard-marles']).toEqual({ full: 1, short: 0 });
    // The street, the footballer, the spouse and the provincial official add nothing.
    expect(Object.keys(counts).sort()).toEqual(['emmanuel-macron', 'pham-minh-chinh', 'richard-marles']);
    expect(counts['emmanuel-macron']).toEqual({ full: 1, short: 0 });
    expect(counts['pham-minh-chinh']).toEqual({ full: 1, short: 0 });
  });

  it('opens a card that says the person comes from the corpus, with the meeting the article told', async () => {
    await hoverText(page, '#found', 'Richard Marles');
    const card = await waitForCard(page, 'richard-marles');
    // The talks with Phan Văn Giang (the headline's visit is a meeting of its own for now: see issue "4 of 7").
    expect(card.meetings).toBeGreaterThanOrEqual(1);
    expect(card.text).toContain('Phan Văn Giang');
    expect(card.quotes).toBe(1);
    const found = await page.evaluate(() => {
      const host = [...document.documentElement.children, ...document.body.children].find((el) => el.tagName.startsWith('LEADERLENS-'));
      return host?.shadowRoot?.querySelector('[data-found-in-corpus]')?.textContent ?? null;
    });
    expect(found).toContain('Bộ trưởng Quốc phòng Australia');
  });

  it('is found by the popup search, first', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await searchFor(popup, 'marles');
    expect((await resultRows(popup))[0]).toEqual(['leader', 'richard-marles']);
    await popup.close();
  });

  it('leaves no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
