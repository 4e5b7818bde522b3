import { DEFAULT_SETTINGS, type Settings } from './settings-types';

/**
 * A fresh, mutable copy of the defaults. `DEFAULT_SETTINGS` is frozen only at the top, so handing
 * out its `sections` object would let one caller change every other caller's defaults.
 */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

/** Deep equality for setting values (booleans, numbers, strings, string lists, flat objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
