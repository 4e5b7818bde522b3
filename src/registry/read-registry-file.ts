// Node-only: the build and the CLI read the registry from disk; the extension receives it bundled.
import { dirname, resolve } from 'node:path';
import { readRegularFile, refusedPath } from '../files/refused-path';
import { loadRegistry } from './load-registry';
import { mergeRegistryParts } from './merge-registry-parts';
import { RegistryError } from './registry-error';
import type { Registry } from './schema';

/**
 * Reads, parses and validates a registry file. A JSON syntax error is reported as a
 * {@link RegistryError} naming the file, line and column; schema and consistency errors come
 * from {@link loadRegistry} with the file as source.
 *
 * @example
 * const registry = readRegistryFile('corpus/leaders.json');
 * // corpus/leaders.json:12:5: invalid JSON: Expected double-quoted property name
 */
export function readRegistryFile(path: string): Registry {
  // The registry and its parts are packaged with the index: no link, nothing outside its folder.
  const folder = dirname(path);
  const json = readJsonFile(path, folder);
  const include = typeof json === 'object' && json !== null ? (json as { include?: unknown }).include : undefined;
  if (include === undefined) return loadRegistry(json, path);
  if (!Array.isArray(include) || !include.every((p): p is string => typeof p === 'string' && p.trim() !== '')) {
    throw new RegistryError(path, [{ leaderId: null, field: 'include', message: 'field "include": expected a list of file paths relative to this file' }]);
  }
  const parts = include.map((relative) => {
    const source = resolve(dirname(path), relative);
    return { source, json: readJsonFile(source, folder) };
  });
  return loadRegistry(mergeRegistryParts(json as Record<string, unknown>, parts), path);
}

/**
 * Reads and parses one JSON file of the registry (the root or an included part), reporting an
 * unreadable file or a syntax error with the file, line and column. A symbolic link or a part
 * outside the root file's folder is refused unread (refused-path.ts).
 */
function readJsonFile(path: string, folder: string): unknown {
  const refused = refusedPath(folder, path);
  if (refused) throw new RegistryError(path, [{ leaderId: null, field: '(file)', message: `registry file ${refused}` }]);
  let text: string;
  try {
    text = readRegularFile(path).toString('utf8');
  } catch (error) {
    throw new RegistryError(path, [{ leaderId: null, field: '(file)', message: `cannot read registry file: ${errorText(error)}` }]);
  }
  // Editors on Windows save UTF-8 with a BOM, which JSON.parse rejects at position 0.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { line, column, reason } = locateJsonError(text, errorText(error));
    throw new RegistryError(path, [{ leaderId: null, field: '(json)', message: `line ${line}, column ${column}: invalid JSON: ${reason}` }]);
  }
  return json;
}

/**
 * Line and column (1-based) of a JSON.parse error. V8 in Node 20 reports "at position N" (or
 * nothing, for "Unexpected end of JSON input"); newer V8 adds "(line L column C)". Both shapes are
 * handled so the message stays useful across Node versions.
 */
export function locateJsonError(text: string, message: string): { line: number; column: number; reason: string } {
  const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
  const position = /at position (\d+)/.exec(message);
  const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s*in JSON at position \d+/, '').trim();
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]), reason };
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column, reason };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
