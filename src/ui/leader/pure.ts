import { createElement, type Component, type FunctionComponent } from 'preact';
import { useCallback, useRef } from 'preact/hooks';

/**
 * `component`, drawn again only when one of its props changed (shallow comparison, as
 * `preact/compat`'s `memo`, which the page does not import: compat patches Preact's global
 * options for React's event names). The leader page is drawn in stages, each a render of the
 * whole page: without this, every stage drew the 181 counterparts, the filters' options and
 * every table row again, and those renders were the page's long tasks. Props that are functions
 * must then be stable (`useStableCallback`).
 *
 * @example
 * export const FilterBar = pure(function FilterBar(props: FilterBarProps) { … });
 */
export function pure<P extends object>(component: FunctionComponent<P>): FunctionComponent<P> {
  function Pure(this: Component<P>, props: P) {
    // Preact calls a function component with its instance as `this`, and asks this before a render.
    this.shouldComponentUpdate ??= function (this: Component<P>, next: P): boolean {
      return propsDiffer(this.props, next);
    };
    return createElement(component, props);
  }
  Pure.displayName = `Pure(${component.displayName ?? component.name})`;
  return Pure;
}

/** Whether two props objects differ in any key (`children` included), by identity. */
export function propsDiffer(a: object, b: object): boolean {
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  for (const key in before) if (!(key in after)) return true;
  for (const key in after) if (!(key in before) || !Object.is(before[key], after[key])) return true;
  return false;
}

/**
 * A function that keeps its identity across renders and always calls the latest `handler`: a
 * callback prop that does not defeat `pure` (React's `useEffectEvent` idea, for event handlers
 * only: never call it during render).
 */
export function useStableCallback<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
  const latest = useRef(handler);
  latest.current = handler;
  return useCallback((...args: A) => latest.current(...args), []);
}
