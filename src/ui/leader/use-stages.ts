import { useEffect, useState } from 'preact/hooks';

/**
 * Shows a page in steps: 0 on the first render, then one more each macrotask up to `last`. A
 * leader with thousands of meetings is then drawn as several short tasks (header and lists
 * first, the timeline's thousands of points and the rows after), none near the 50 ms of a long
 * task, and the first screen appears sooner. Give the component a `key` to start again.
 *
 * @example
 * const stage = useStages(3);
 * stage >= 1 && <Timeline … />
 */
export function useStages(last: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= last) return;
    const timer = setTimeout(() => setStage((s) => s + 1), 0);
    return () => clearTimeout(timer);
  }, [stage, last]);
  return Math.min(stage, last);
}

/**
 * How many of `total` items to draw: `chunk` at first, `chunk` more each macrotask, until all (for
 * the timeline's points, thousands of SVG elements). Give the component a `key` to start again.
 */
export function useProgressive(total: number, chunk: number): number {
  const [count, setCount] = useState(Math.min(total, chunk));
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount((c) => c + chunk), 0);
    return () => clearTimeout(timer);
  }, [count, total, chunk]);
  return Math.min(count, total);
}
