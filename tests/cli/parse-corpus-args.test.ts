import { describe, expect, it } from 'vitest';
import { parseCorpusArgs } from '../../src/cli/parse-corpus-args';

describe('parseCorpusArgs', () => {
  it.each([
    [['export'], { kind: 'run', command: 'export', corpusDir: null, cache: true }],
    [['stats', '--corpus', 'c'], { kind: 'run', command: 'stats', corpusDir: 'c', cache: true }],
    [['--corpus=c', 'check'], { kind: 'run', command: 'check', corpusDir: 'c', cache: true }],
    [['export', '--no-cache'], { kind: 'run', command: 'export', corpusDir: null, cache: false }],
    [['-h'], { kind: 'help' }],
  ])('reads %j', (argv, parsed) => {
    expect(parseCorpusArgs(argv)).toEqual(parsed);
  });

  it.each([
    [[], 'no command given'],
    [['zip'], 'unknown command "zip" (expected export, stats, check)'],
    [['export', '--corpus'], '--corpus needs a folder'],
    [['export', '--corpus', 'a', '--corpus', 'b'], '--corpus given twice'],
    [['export', 'stats'], 'unexpected argument "stats" (one command at a time)'],
    [['export', '-v'], 'unknown option "-v"'],
  ])('refuses %j: %s', (argv, message) => {
    expect(parseCorpusArgs(argv)).toEqual({ kind: 'error', message });
  });
});
