import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateJsonError, readRegistryFile } from '../../src/registry/read-registry-file';
import { RegistryError } from '../../src/registry/registry-error';
import { smallRegistry } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'leaderlens-registry-'));
function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
}
function messageOf(path: string): string {
  try {
    readRegistryFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError);
    return (error as Error).message;
  }
  throw new Error('expected readRegistryFile to throw');
}

describe('readRegistryFile', () => {
  it('reads and validates the project registry with its included parts', () => {
    const registry = readRegistryFile('corpus/leaders.json');
    expect(registry.leaders.map((l) => l.id)).toContain('to-lam');
    expect(registry).not.toHaveProperty('include');
  });

  it('reads parts named in "include", relative to the root file', () => {
    const { leaders, ...root } = smallRegistry();
    mkdirSync(join(dir, 'parts'), { recursive: true });
    write('parts/vn.json', JSON.stringify({ leaders: [leaders[0]] }));
    write('parts/la.json', JSON.stringify({ titles: { president: { vi: ['Chủ tịch nước'], en: ['Head of State'] } }, leaders: [leaders[1]] }));
    const path = write('with-parts.json', JSON.stringify({ ...root, include: ['parts/vn.json', 'parts/la.json'], leaders: [] }));
    const registry = readRegistryFile(path);
    expect(registry.leaders.map((l) => l.id)).toEqual(['a', 'b']);
    expect(registry.titles.president?.en).toEqual(['President', 'Head of State']);
  });

  it('names the part file and line of a JSON error in a part', () => {
    const { leaders: _leaders, ...root } = smallRegistry();
    const part = write('broken-part.json', '{\n  "leaders": [],\n}');
    const path = write('root-broken-part.json', JSON.stringify({ ...root, include: ['broken-part.json'], leaders: [] }));
    expect(messageOf(path)).toMatch(new RegExp(`^${part}: line 3, column 1: invalid JSON`));
  });

  it('names the part file, the leader and the field of a schema error in a part', () => {
    const { leaders, ...root } = smallRegistry();
    const part = write('bad-leader-part.json', JSON.stringify({ leaders: [{ ...leaders[0], sources: [] }] }));
    const path = write('root-bad-leader.json', JSON.stringify({ ...root, include: ['bad-leader-part.json'], leaders: [] }));
    expect(messageOf(path)).toBe(`${part}: leader "a", field "sources": needs at least one source (URL or publication name)`);
  });

  it('finds the same person entered in two parts', () => {
    const { leaders, ...root } = smallRegistry();
    write('dup-1.json', JSON.stringify({ leaders: [leaders[0]] }));
    write('dup-2.json', JSON.stringify({ leaders: [leaders[0]] }));
    const path = write('root-dup.json', JSON.stringify({ ...root, include: ['dup-1.json', 'dup-2.json'], leaders: [] }));
    expect(messageOf(path)).toMatch(/leader "a", field "id": duplicate id "a"/);
  });

  it('refuses an "include" that is not a list of paths', () => {
    const path = write('bad-include.json', JSON.stringify({ ...smallRegistry(), include: 'parts/vn.json' }));
    expect(messageOf(path)).toBe(`${path}: field "include": expected a list of file paths relative to this file`);
  });

  it('refuses a part that is a symbolic link, naming it and where it points', () => {
    const { leaders, ...root } = smallRegistry();
    const outside = mkdtempSync(join(tmpdir(), 'leaderlens-outside-'));
    writeFileSync(join(outside, 'part.json'), JSON.stringify({ leaders: [leaders[0]] }));
    symlinkSync(join(outside, 'part.json'), join(dir, 'linked-part.json'));
    const path = write('root-linked.json', JSON.stringify({ ...root, include: ['linked-part.json'], leaders: [] }));
    expect(messageOf(path)).toBe(
      `${join(dir, 'linked-part.json')}: registry file is a symbolic link (to ${join(outside, 'part.json')}): refused, corpus files must be regular files inside ${dir}`,
    );
  });

  it('refuses a part outside the root file\'s folder', () => {
    const { leaders, ...root } = smallRegistry();
    const inner = join(dir, 'inner');
    mkdirSync(inner, { recursive: true });
    write('escaped-part.json', JSON.stringify({ leaders: [leaders[0]] }));
    const path = join(inner, 'root-escape.json');
    writeFileSync(path, JSON.stringify({ ...root, include: ['../escaped-part.json'], leaders: [] }));
    expect(messageOf(path)).toMatch(/escaped-part\.json: registry file lies outside .*inner/);
  });

  it('refuses a root registry file that is a symbolic link', () => {
    const target = write('real-root.json', JSON.stringify(smallRegistry()));
    symlinkSync(target, join(dir, 'link-root.json'));
    expect(messageOf(join(dir, 'link-root.json'))).toMatch(/link-root\.json: registry file is a symbolic link/);
  });

  it('accepts a UTF-8 byte order mark', () => {
    const path = write('bom.json', '\uFEFF' + JSON.stringify(smallRegistry()));
    expect(readRegistryFile(path).leaders.length).toBe(2);
  });

  it('reports a JSON syntax error with the file, line and column', () => {
    const path = write('trailing-comma.json', '{\n  "version": 1,\n}\n');
    expect(messageOf(path)).toBe(`${path}: line 3, column 1: invalid JSON: Expected double-quoted property name`);
  });

  it('reports a truncated file at its end', () => {
    const path = write('truncated.json', '{\n  "version": 1,\n  "leaders": [');
    // Column 15: just past the last character, where the missing text should have been.
    expect(messageOf(path)).toBe(`${path}: line 3, column 15: invalid JSON: Unexpected end of JSON input`);
  });

  it('names the file in schema and consistency errors', () => {
    const registry = smallRegistry();
    registry.leaders[0]!.country = 'XX';
    const path = write('bad-country.json', JSON.stringify(registry, null, 2));
    expect(messageOf(path)).toBe(`${path}: leader "a", field "country": unknown country "XX" (not in "countries")`);
  });

  it('reports a file it cannot read', () => {
    const path = join(dir, 'missing.json');
    expect(messageOf(path)).toMatch(new RegExp(`: cannot read registry file: ENOENT`));
  });

  it('leaves the project registry file parseable as plain JSON', () => {
    expect(() => JSON.parse(readFileSync('corpus/leaders.json', 'utf8'))).not.toThrow();
  });
});

describe('locateJsonError', () => {
  it('turns "at position N" (Node 20) into line and column', () => {
    expect(locateJsonError('{\n  "a": 1,\n}', 'Expected double-quoted property name in JSON at position 12')).toEqual({
      line: 3,
      column: 1,
      reason: 'Expected double-quoted property name',
    });
  });

  it('reads "(line L column C)" (newer V8) as given', () => {
    expect(locateJsonError('{}', `Expected ',' or '}' after property value in JSON at position 9 (line 2 column 5)`)).toEqual({
      line: 2,
      column: 5,
      reason: `Expected ',' or '}' after property value`,
    });
  });

  it('places an error without a position at the end of the text', () => {
    expect(locateJsonError('{\n"a": [', 'Unexpected end of JSON input')).toEqual({ line: 2, column: 7, reason: 'Unexpected end of JSON input' });
  });
});
