import { readRegistryFile } from '../../src/registry/read-registry-file';
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildNameTable, loadNameTable } from '../../src/names/name-table';
import { loadRegistry } from '../../src/registry';
import { findBlockNames, WINDOW_CHARS } from '../../src/page/find-block-names';
import type { TextBlock } from '../../src/page/collect-blocks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gateMentions } from '../../src/page/gate-mentions';
import { registryWithCommonNames } from '../names/common-names-fixture';

const registry = readRegistryFile(join(import.meta.dirname, '../fixtures/registry-ten/leaders.json'));
const table = loadNameTable(buildNameTable(registry));

function block(...texts: string[]): TextBlock {
  return { texts, nodes: texts.map((t) => document.createTextNode(t)) };
}

function names(...texts: string[]): [string, string, boolean][] {
  return findBlockNames(table.matcher, table.meanings, block(...texts)).map((n) => [n.leaderId, n.text, n.kind === 'short' ? n.shortAccepted : true]);
}

describe('findBlockNames', () => {
  it('finds a name with a nickname in quotes inside it, as the corpus engine reads it, the nickname within its span', () => {
    expect(names('President Luong “Big” Cuong met the press.')).toEqual([['luong-cuong', 'Luong “Big” Cuong', true]]);
  });

  it('finds a name split across text nodes, with positions in the right nodes', () => {
    const b = block('Tổng Bí thư Tô ', 'Lâm', ' nói');
    const [n] = findBlockNames(table.matcher, table.meanings, b);
    expect(n).toMatchObject({ leaderId: 'to-lam', kind: 'leader', text: 'Tô Lâm' });
    expect(n!.start).toEqual({ node: b.nodes[0], offset: 12 });
    expect(n!.end).toEqual({ node: b.nodes[1], offset: 3 });
  });

  it.each([
    ['ông Cường after an honorific', 'Ông Cường nói.', true],
    ['a bare Vietnamese syllable', 'Cường độ lao động tăng.', false],
    ['a title before the syllable', 'Chủ tịch nước Cường phát biểu.', true],
    ['a bare surname in an English sentence', 'Cuong said the talks went well.', true],
    ['a lower-case syllable (dropped by the matcher)', 'tăng cường hợp tác.', null],
  ])('short form: %s', (_label, text, accepted) => {
    const found = names(text).filter(([id]) => id === 'luong-cuong');
    if (accepted === null) expect(found).toEqual([]);
    else expect(found.map(([, , ok]) => ok)).toEqual([accepted]);
  });

  it('finds every name of a block longer than one window exactly once', () => {
    const sentence = 'Hai bên nhất trí tăng cường hợp tác. Tổng thống Vladimir Putin nói. ';
    const text = sentence.repeat(Math.ceil((WINDOW_CHARS * 3) / sentence.length));
    const count = text.split('Vladimir Putin').length - 1;
    expect(names(text).filter(([id, t]) => id === 'vladimir-putin' && t === 'Vladimir Putin')).toHaveLength(count);
  });
});

describe('findBlockNames + gateMentions: look-alikes', () => {
  const common = loadNameTable(buildNameTable(registryWithCommonNames()));
  /** The mentions a page of these paragraphs keeps, as [leader id, text]. */
  const kept = (...paragraphs: string[]) =>
    gateMentions(paragraphs.flatMap((p) => findBlockNames(common.matcher, common.meanings, block(p)))).map((m) => [m.leaderId, m.text]);

  it('does not take a namesake footballer for the Chinese Premier', () => {
    expect(kept('Tiền đạo Lý Cường ghi hai bàn cho câu lạc bộ.')).toEqual([]);
  });

  it('takes the same form with a title before or after it, or the country nearby', () => {
    expect(kept('Thủ tướng Quốc vụ viện Lý Cường phát biểu.')).toEqual([['li-qiang', 'Lý Cường']]);
    expect(kept('Lý Cường, Thủ tướng Quốc vụ viện, phát biểu.')).toEqual([['li-qiang', 'Lý Cường']]);
    expect(kept('Li Qiang arrived from China on Monday.')).toEqual([['li-qiang', 'Li Qiang']]);
  });

  it('takes it when the page names the person unambiguously in another paragraph', () => {
    expect(kept('Lý Cường phát biểu.', 'Ảnh: 李强 tại hội nghị.')).toEqual([['li-qiang', 'Lý Cường'], ['li-qiang', '李强']]);
  });

  it('does not take a street named after a leader', () => {
    expect(kept('Tắc đường trên phố Tô Lâm sáng nay.', 'Traffic on To Lam Street was slow.')).toEqual([]);
  });

  it('does not take a provincial official whose given name is a leader’s short form', () => {
    expect(kept('Tổng Bí thư Tô Lâm làm việc với tỉnh.', 'Phó Chủ tịch tỉnh Nguyễn Văn Lâm báo cáo.').map(([, t]) => t)).toEqual(['Tô Lâm']);
  });

  it('does not take a spouse for the leader', () => {
    expect(kept('Thủ tướng Vladimir Putin và phu nhân, bà Lyudmila Putin, đến Hà Nội.').map(([, t]) => t)).toEqual(['Vladimir Putin']);
  });

  it('still takes the leader’s own short form after an honorific or title', () => {
    expect(kept('Tổng Bí thư Tô Lâm làm việc với tỉnh.', 'Ông Lâm nhấn mạnh.').map(([, t]) => t)).toEqual(['Tô Lâm', 'Lâm']);
  });
});
