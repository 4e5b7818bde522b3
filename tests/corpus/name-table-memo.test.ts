import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nameTableMemo } from '../../src/corpus/name-table-memo';
import { buildNameTable } from '../../src/names/name-table';
import { registry } from '../index-data/fixture-build';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'leaderlens-name-tables-'));
  dirs.push(dir);
  return join(dir, 'name-tables');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('nameTableMemo', () => {
  it('gives the table buildNameTable compiles, and buildNameTable itself without a folder', () => {
    expect(nameTableMemo(null)).toBe(buildNameTable);
    const dir = tempDir();
    expect(nameTableMemo(dir)(registry)).toEqual(buildNameTable(registry));
    // The second time from the file, equal again.
    expect(nameTableMemo(dir)(registry)).toEqual(buildNameTable(registry));
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('reads the table back from its file on the next build', () => {
    const dir = tempDir();
    nameTableMemo(dir)(registry);
    const [name] = readdirSync(dir);
    const file = join(dir, name!);
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { key: string; table: { meanings: unknown[] } };
    // A mark only a read of the file can give back.
    writeFileSync(file, JSON.stringify({ ...entry, table: { ...entry.table, meanings: ['from the file'] } }));
    expect(nameTableMemo(dir)(registry).meanings).toEqual(['from the file']);
  });

  it('compiles afresh for another registry, and over an entry that is unreadable or not its key', () => {
    const dir = tempDir();
    const memo = nameTableMemo(dir);
    memo(registry);
    const other = { ...registry, leaders: registry.leaders.slice(1) };
    expect(memo(other)).toEqual(buildNameTable(other));
    expect(readdirSync(dir)).toHaveLength(2);
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"key":"another"');
    expect(nameTableMemo(dir)(registry)).toEqual(buildNameTable(registry));
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), JSON.stringify({ key: 'another', table: { meanings: [] } }));
    expect(nameTableMemo(dir)(other)).toEqual(buildNameTable(other));
  });
});
