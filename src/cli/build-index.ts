// `npm run build:index [-- --corpus DIR --out FILE]`; the work is in run-build-index.ts.
import { runBuildIndex } from './run-build-index';

process.exitCode = await runBuildIndex(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  // The bench reads what the build did from here (bench/build.bench.ts).
  ...(process.env.LEADERLENS_STATS_FILE ? { statsFile: process.env.LEADERLENS_STATS_FILE } : {}),
});
