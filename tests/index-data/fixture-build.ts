import { readRegistryFile } from '../../src/registry/read-registry-file';
import type { CorpusBuild } from '../../src/corpus/build-corpus';
import { buildNameTable } from '../../src/names/name-table';
import { buildExtensionIndex } from '../../src/index-data/build-index';
import { loadIndex, type LoadedIndex } from '../../src/index-data/load-index';
import type { Registry } from '../../src/registry';

/**
 * A small constructed corpus build over the project's real registry (real leader ids and offices),
 * for testing the index and lookups without the article pipeline. Dates are chosen around office
 * changes: Tô Lâm became General Secretary on 2024-08-03 and was also President until 2024-10-21.
 */
export const registry: Registry = readRegistryFile(new URL('../fixtures/registry-ten/leaders.json', import.meta.url).pathname);

/** The one article of the fixture that gives its original address (a ` url` header line). */
export const PUTIN_URL = 'https://www.vnexpress.net/to-lam-tham-nga-4890123.html';

export const fixtureBuild: CorpusBuild = {
  registry,
  found: [],
  nameTable: buildNameTable(registry),
  data: {
    leaders: [],
    articles: [
      { id: 'a-laos', file: 'laos.txt', title: 'Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào', date: '2024-11-08', dateInferred: false },
      { id: 'a-putin', file: 'putin.txt', title: 'Tô Lâm thăm Nga', date: '2025-05-09', dateInferred: false, url: PUTIN_URL },
      { id: 'a-trong', file: 'trong.txt', title: 'Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Putin', date: '2024-06-20', dateInferred: true },
    ],
    meetings: [
      {
        id: 'm-laos-2024', participants: ['to-lam', 'thongloun-sisoulith'], date: '2024-11-08', dateInferred: false,
        place: 'Hà Nội', kind: 'talks',
        sources: [{ articleId: 'a-laos', status: 'reported', evidence: 'Chiều 8/11, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.' }],
      },
      {
        id: 'm-moscow-2025', participants: ['to-lam', 'vladimir-putin'], date: '2025-05-09', dateInferred: false,
        place: 'Moskva', kind: 'visit',
        sources: [{ articleId: 'a-putin', status: 'reported', evidence: 'Tổng Bí thư Tô Lâm thăm chính thức Liên bang Nga.' }],
      },
      {
        id: 'm-laos-undated', participants: ['to-lam', 'thongloun-sisoulith'], date: null, dateInferred: false,
        place: null, kind: 'visit',
        sources: [{ articleId: 'a-laos', status: 'referenced', evidence: 'Hai nhà lãnh đạo nhắc lại chuyến thăm Lào trước đây.' }],
      },
      {
        id: 'm-trong-putin', participants: ['nguyen-phu-trong', 'vladimir-putin'], date: '2024-06-20', dateInferred: true,
        place: 'Hà Nội', kind: 'talks',
        sources: [{ articleId: 'a-trong', status: 'reported', evidence: 'Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Putin.' }],
      },
      {
        id: 'm-cuong-2024', participants: ['to-lam', 'luong-cuong'], date: '2024-10-25', dateInferred: true,
        place: null, kind: 'other',
        sources: [{ articleId: 'a-laos', status: 'referenced', evidence: 'Tổng Bí thư Tô Lâm và Chủ tịch nước Lương Cường gặp nhau.' }],
      },
    ],
    quotes: [
      { id: 'q-direct', speakers: ['to-lam'], text: 'Việt Nam luôn coi trọng quan hệ đặc biệt với Lào', kind: 'direct', articleId: 'a-laos', meetingId: 'm-laos-2024', date: '2024-11-08', evidence: 'Tổng Bí thư khẳng định: “Việt Nam luôn coi trọng quan hệ đặc biệt với Lào”.' },
      { id: 'q-thongloun', speakers: ['thongloun-sisoulith'], text: 'cảm ơn sự giúp đỡ quý báu của Việt Nam', kind: 'reported', articleId: 'a-laos', meetingId: 'm-laos-2024', date: '2024-11-08', evidence: 'Tổng Bí thư Thongloun Sisoulith cảm ơn sự giúp đỡ quý báu của Việt Nam.' },
      { id: 'q-moscow', speakers: ['to-lam'], text: 'mong muốn tăng cường hợp tác năng lượng với Nga', kind: 'reported', articleId: 'a-putin', meetingId: 'm-moscow-2025', date: '2025-05-09', evidence: 'Tổng Bí thư Tô Lâm mong muốn tăng cường hợp tác năng lượng với Nga.' },
      { id: 'q-joint', speakers: ['to-lam', 'thongloun-sisoulith'], text: 'nhất trí tăng cường kết nối hai nền kinh tế', kind: 'joint', articleId: 'a-laos', meetingId: 'm-laos-2024', date: '2024-11-08', evidence: 'Hai nhà lãnh đạo nhất trí tăng cường kết nối hai nền kinh tế.' },
      { id: 'q-undated', speakers: ['to-lam'], text: 'đoàn kết là sức mạnh', kind: 'reported', articleId: 'a-laos', meetingId: null, date: null, evidence: 'Ông nhấn mạnh đoàn kết là sức mạnh.' },
      { id: 'q-cuong', speakers: ['to-lam'], text: 'chúc mừng Chủ tịch nước Lương Cường', kind: 'reported', articleId: 'a-laos', meetingId: 'm-cuong-2024', date: '2024-10-25', evidence: 'Tổng Bí thư chúc mừng Chủ tịch nước Lương Cường.' },
    ],
    unknown: [{ name: 'Hun Manet', title: 'Thủ tướng Campuchia', articleId: 'a-laos', evidence: 'Thủ tướng Campuchia Hun Manet dự.' }],
    skipped: [{ file: 'broken.txt', reason: 'not UTF-8' }],
  },
  articles: [
    { id: 'a-laos', file: 'laos.txt', title: 'Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào', date: '2024-11-08', dateInferred: false, language: 'vi' as const, paragraphs: [{ text: 'Chiều 8/11, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.', line: 3 }] },
    { id: 'a-putin', file: 'putin.txt', title: 'Tô Lâm thăm Nga', date: '2025-05-09', dateInferred: false, url: PUTIN_URL, language: 'vi' as const, paragraphs: [{ text: 'Tổng Bí thư Tô Lâm thăm chính thức Liên bang Nga.', line: 2 }] },
    { id: 'a-trong', file: 'trong.txt', title: 'Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Putin', date: '2024-06-20', dateInferred: true, language: 'vi' as const, paragraphs: [{ text: 'Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Putin.', line: 1 }] },
  ],
  diagnostics: [],
};

/** The fixture's index after a JSON round trip, exactly as the background loads the packaged file. */
export function loadFixtureIndex(): LoadedIndex {
  return loadIndex(JSON.parse(JSON.stringify(buildExtensionIndex(fixtureBuild))));
}
