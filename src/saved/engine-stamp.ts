/**
 * The version of the corpus engine built into this extension: a hash of the engine's sources,
 * worked out when the extension is built (wxt.config.ts defines `__LEADERLENS_ENGINE__` from
 * engine-source-hash.ts). Saved articles keep the stamp they were read with; another engine, or
 * another packaged index (its build id: the registry the engine reads with and the meetings saved
 * ones are matched against), and they are read again from their stored text (reread-saved.ts).
 */
declare const __LEADERLENS_ENGINE__: string | undefined;

/** The engine's version, or `unbuilt` where the build did not define it (unit tests). */
export function engineVersion(): string {
  return typeof __LEADERLENS_ENGINE__ === 'string' ? __LEADERLENS_ENGINE__ : 'unbuilt';
}

/**
 * The stamp a reading is kept with: the engine's version and the index's build id.
 *
 * @example
 * readingStamp('3f2a…', 'a1b2…'); // '3f2a…:a1b2…'
 */
export function readingStamp(engine: string, indexBuildId: string): string {
  return `${engine}:${indexBuildId}`;
}
