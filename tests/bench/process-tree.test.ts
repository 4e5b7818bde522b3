import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rssKb, runMeasured, treeOf } from '../../bench/process-tree';

const hold = (mb: number, ms: number) => `const b = Buffer.alloc(${mb} * 1024 * 1024, 1); setTimeout(() => b.length, ${ms});`;
const linux = existsSync('/proc/self/status');

describe('runMeasured', () => {
  it('gives the exit code, the output and the wall time of a command', async () => {
    const run = await runMeasured(process.execPath, ['-e', 'console.log("out"); console.error("err"); setTimeout(() => process.exit(3), 200)'], { cwd: process.cwd(), env: process.env });
    expect(run).toMatchObject({ code: 3, stdout: 'out\n', stderr: 'err\n' });
    expect(run.wallMs).toBeGreaterThan(150);
  });

  it.runIf(linux)('sums the memory of the process and the processes it starts', async () => {
    // A parent holding 60 MB starts a child holding 60 MB: the tree's peak holds both.
    const child = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(hold(60, 1500))}], { stdio: 'inherit' }).on('exit', () => process.exit(0)); ${hold(60, 5000)}`;
    const run = await runMeasured(process.execPath, ['-e', child], { cwd: process.cwd(), env: process.env });
    expect(run.code).toBe(0);
    expect(run.peakRssKb).toBeGreaterThan(120 * 1024);
  }, 30_000);
});

describe('treeOf and rssKb', () => {
  it.runIf(linux)('list this process and read its memory; an ended process holds none', () => {
    expect(treeOf(process.pid)[0]).toBe(process.pid);
    expect(rssKb(process.pid)).toBeGreaterThan(10 * 1024);
    expect(rssKb(2 ** 22 + 12345)).toBe(0);
  });
});
