export const CORPUS_COMMANDS = ['export', 'stats', 'check'] as const;
export type CorpusCommand = (typeof CORPUS_COMMANDS)[number];

export const CORPUS_USAGE = `usage: npm run corpus -- <command> [--corpus DIR]

commands:
  export   build the corpus and print it as JSON on stdout (diagnostics on stderr)
  stats    print a table per article (file, date, leaders, meetings, quotes),
           then the unknown office-holders and the skipped files
  check    validate the registry and every article and print what is wrong;
           exits 1 when the registry has errors

options:
  --corpus DIR   a folder laid out like corpus/: articles/*.txt and, optionally,
                 its own leaders.json (default: the project's corpus/)
  --no-cache     read every article afresh instead of reusing the results cached
                 in .cache/leaderlens/ (or $LEADERLENS_CACHE_DIR)
  -h, --help     print this message`;

export type ParsedCorpusArgs =
  | { kind: 'run'; command: CorpusCommand; corpusDir: string | null; cache: boolean }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

/**
 * Reads `npm run corpus -- …` arguments. `corpusDir` is null when `--corpus` was not given.
 *
 * @example
 * parseCorpusArgs(['stats', '--corpus', 'tmp/c']); // { kind: 'run', command: 'stats', corpusDir: 'tmp/c', cache: true }
 * parseCorpusArgs(['build']); // { kind: 'error', message: 'unknown command "build" …' }
 */
export function parseCorpusArgs(argv: readonly string[]): ParsedCorpusArgs {
  let command: CorpusCommand | null = null;
  let corpusDir: string | null = null;
  let cache = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--no-cache') {
      cache = false;
      continue;
    }
    if (arg === '--corpus' || arg.startsWith('--corpus=')) {
      const value = arg === '--corpus' ? argv[++i] : arg.slice('--corpus='.length);
      if (value === undefined || value === '' || value.startsWith('--')) return { kind: 'error', message: '--corpus needs a folder' };
      if (corpusDir !== null) return { kind: 'error', message: '--corpus given twice' };
      corpusDir = value;
    } else if (arg.startsWith('-')) {
      return { kind: 'error', message: `unknown option "${arg}"` };
    } else if (command !== null) {
      return { kind: 'error', message: `unexpected argument "${arg}" (one command at a time)` };
    } else if (isCommand(arg)) {
      command = arg;
    } else {
      return { kind: 'error', message: `unknown command "${arg}" (expected ${CORPUS_COMMANDS.join(', ')})` };
    }
  }
  if (command === null) return { kind: 'error', message: 'no command given' };
  return { kind: 'run', command, corpusDir, cache };
}

function isCommand(value: string): value is CorpusCommand {
  return (CORPUS_COMMANDS as readonly string[]).includes(value);
}
