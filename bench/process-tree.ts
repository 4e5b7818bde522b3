/**
 * Runs a command and measures it as a whole: wall time, and the peak of the resident memory of
 * the process and every process it starts, summed (`npm run build:index` is tsx's launcher plus
 * the Node process it starts, whose worker threads share that process's memory). Memory is sampled
 * from /proc every few milliseconds, so a peak shorter than that may be missed; where /proc is
 * missing (not Linux) `peakRssKb` is null and the caller falls back to what the process reports.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export interface MeasuredRun {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Peak of the summed RSS of the process tree, KB; null where it cannot be read. */
  peakRssKb: number | null;
}

const SAMPLE_MS = 20;

export function runMeasured(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<MeasuredRun> {
  const canSample = existsSync('/proc/self/status');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let peak = 0;
    const sample = (): void => {
      if (child.pid === undefined) return;
      const total = treeOf(child.pid).reduce((sum, pid) => sum + rssKb(pid), 0);
      if (total > peak) peak = total;
    };
    const timer = canSample ? setInterval(sample, SAMPLE_MS) : null;
    child.on('error', (error) => {
      if (timer) clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      resolve({ code, stdout, stderr, wallMs: performance.now() - started, peakRssKb: canSample ? peak : null });
    });
  });
}

/** `pid` and its descendants, from /proc/<pid>/task/<tid>/children. */
export function treeOf(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    const parent = all[i]!;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${parent}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        for (const child of readFileSync(`/proc/${parent}/task/${task}/children`, 'utf8').split(/\s+/)) if (child) all.push(Number(child));
      } catch {
        // The task ended between the listing and the read.
      }
    }
  }
  return all;
}

/** The resident memory of one process, KB; 0 once it has ended. */
export function rssKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
