import { describe, expect, it, vi } from 'vitest';
import { INDEX_FORMAT_VERSION } from '../../src/index-data/format';
import { installedIndexStamp } from '../../src/marks/installed-index-stamp';

describe('installedIndexStamp', () => {
  it('names the index format, the registry day from the background, and the extension version', async () => {
    expect(await installedIndexStamp(async () => ({ registryAsOf: '2026-11-23' }), () => '1.2.3')).toEqual({
      formatVersion: INDEX_FORMAT_VERSION,
      registryAsOf: '2026-11-23',
      extensionVersion: '1.2.3',
    });
  });

  it('still gives a stamp, with null and "unknown", when the background or the manifest cannot answer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const stamp = await installedIndexStamp(
      () => Promise.reject(new Error('index not loaded')),
      () => {
        throw new Error('no manifest');
      },
    );
    expect(stamp).toEqual({ formatVersion: INDEX_FORMAT_VERSION, registryAsOf: null, extensionVersion: 'unknown' });
    expect(warn).toHaveBeenCalledWith('leaderlens marks: the export names no registry day: index not loaded');
    warn.mockRestore();
  });
});
