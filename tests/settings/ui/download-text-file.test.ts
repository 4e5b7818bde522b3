// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadTextFile } from '../../../src/settings/ui/download-text-file';

describe('downloadTextFile', () => {
  afterEach(() => vi.restoreAllMocks());

  it('clicks a temporary link to a Blob URL with the file name, and leaves nothing behind', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/1';
    });
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    downloadTextFile('{"a":1}', 'leaderlens-settings.json');
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'leaderlens-settings.json' }]);
    expect(await blobs[0]!.text()).toBe('{"a":1}');
    expect(blobs[0]!.type).toBe('application/json');
    expect(document.querySelector('a')).toBeNull();
  });
});
