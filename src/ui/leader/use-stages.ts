import { useEffect, useState } from 'preact/hooks';

/**
 * Shows a page in steps: 0 on the first render, then one more each step (`nextStep`) up to
 * `last`. A leader with thousands of meetings is then drawn as several short tasks (header and
 * lists first, the timeline's thousands of points and the rows after), none near the 50 ms of a
 * long task, and the first screen appears sooner. Give the component a `key` to start again.
 *
 * @example
 * const stage = useStages(3);
 * stage >= 1 && <Timeline … />
 */
export function useStages(last: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= last) return;
    return nextStep(() => setStage((s) => s + 1));
  }, [stage, last]);
  return Math.min(stage, last);
}

/**
 * How many of `total` items to draw: `chunk` at first, `chunk` more each step (`nextStep`), until
 * all (for the timeline's points, thousands of SVG elements). Give the component a `key` to
 * start again.
 */
export function useProgressive(total: number, chunk: number): number {
  const [count, setCount] = useState(Math.min(total, chunk));
  useEffect(() => {
    if (count >= total) return;
    return nextStep(() => setCount((c) => c + chunk));
  }, [count, total, chunk]);
  return Math.min(count, total);
}

/** Work of drawing steps run after a frame before the next step waits for the next frame. */
export const FRAME_BUDGET_MS = 8;
/** How long a step waits for a frame that does not come (a hidden tab draws none). */
const FRAME_WAIT_MS = 100;

interface Step {
  run(): void;
  cancelled: boolean;
}

const queue: Step[] = [];
let pumping = false;
let frameStart = Number.NEGATIVE_INFINITY;

/**
 * Runs `step` in a task of its own after the steps queued before it, and returns what cancels
 * it. Every stage and chunk of the page (all lists grow at once) shares this one queue, which
 * runs steps back to back for `FRAME_BUDGET_MS` after a frame and then waits for the next one:
 * the browser's layout and paint of what the steps added come between, so a frame never has to
 * lay out what a dozen steps drew (with a macrotask per step and nothing else, the steps of four
 * lists filled each frame and its rendering task took 15 ms on an idle machine).
 */
export function nextStep(run: () => void): () => void {
  const step: Step = { run, cancelled: false };
  queue.push(step);
  pump();
  return () => {
    step.cancelled = true;
  };
}

function pump(): void {
  if (pumping) return;
  pumping = true;
  setTimeout(runNext, 0);
}

function runNext(): void {
  while (queue[0]?.cancelled) queue.shift();
  if (queue.length === 0) {
    pumping = false;
    return;
  }
  if (performance.now() - frameStart > FRAME_BUDGET_MS) {
    afterNextFrame(() => {
      frameStart = performance.now();
      runNext();
    });
    return;
  }
  queue.shift()!.run();
  setTimeout(runNext, 0);
}

/** `then` in a task just after the next frame is drawn; after a moment when no frame comes. */
function afterNextFrame(then: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    setTimeout(then, 0);
  };
  const timer = setTimeout(once, FRAME_WAIT_MS);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
}
