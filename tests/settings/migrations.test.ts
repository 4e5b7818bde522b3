import { describe, expect, it } from 'vitest';
import { disabledSitesV1toV2 } from '../../src/settings/migrations';

describe('disabledSitesV1toV2', () => {
  it('normalises, de-duplicates and sorts the sites as typed in v1', () => {
    expect(disabledSitesV1toV2(['https://www.VnExpress.net/a', 'vnexpress.net', 'Tuoitre.vn'])).toEqual(['tuoitre.vn', 'vnexpress.net']);
  });

  it('is idempotent, so a v2 list that lost its version mark survives a second run', () => {
    const once = disabledSitesV1toV2(['b.example', 'A.example']);
    expect(disabledSitesV1toV2(once)).toEqual(once);
  });

  it('keeps what it cannot read, after the sites, for the repair on read to report', () => {
    expect(disabledSitesV1toV2(['x.example', 7, 'no site'])).toEqual(['x.example', 7, 'no site']);
  });

  it('passes a value that is not a list through untouched', () => {
    expect(disabledSitesV1toV2({ sites: [] })).toEqual({ sites: [] });
  });
});
