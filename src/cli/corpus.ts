// `npm run corpus -- export|stats|check [--corpus DIR]`; the work is in run-corpus-command.ts.
import { runCorpusCommand } from './run-corpus-command';

process.exitCode = await runCorpusCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command, which is
  // what a relative --corpus path means to them.
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
