import { describe, expect, it } from 'vitest';
import { isSiteEnabled, isSiteListedAsDisabled, withSiteEnabled } from '../../src/settings/site-enabled';

describe('isSiteListedAsDisabled', () => {
  it('covers the listed host, its www. form and its subdomains', () => {
    const list = ['vnexpress.net'];
    expect(isSiteListedAsDisabled(list, 'vnexpress.net')).toBe(true);
    expect(isSiteListedAsDisabled(list, 'www.vnexpress.net')).toBe(true);
    expect(isSiteListedAsDisabled(list, 'e.vnexpress.net')).toBe(true);
  });

  it('does not cover a different site that merely ends the same way', () => {
    expect(isSiteListedAsDisabled(['vnexpress.net'], 'notvnexpress.net')).toBe(false);
    expect(isSiteListedAsDisabled(['e.vnexpress.net'], 'vnexpress.net')).toBe(false);
  });
});

describe('isSiteEnabled', () => {
  it('is off everywhere when Leaderlens is off', () => {
    expect(isSiteEnabled({ enabled: false, disabledSites: [] }, 'tuoitre.vn')).toBe(false);
  });

  it('is off on a listed site and on elsewhere', () => {
    const settings = { enabled: true, disabledSites: ['vnexpress.net'] };
    expect(isSiteEnabled(settings, 'vnexpress.net')).toBe(false);
    expect(isSiteEnabled(settings, 'tuoitre.vn')).toBe(true);
  });
});

describe('withSiteEnabled', () => {
  it('adds a site once, sorted, in its normalised form', () => {
    expect(withSiteEnabled(['tuoitre.vn'], 'www.VnExpress.net', false)).toEqual(['tuoitre.vn', 'vnexpress.net']);
    expect(withSiteEnabled(['vnexpress.net'], 'vnexpress.net', false)).toEqual(['vnexpress.net']);
  });

  it('adds nothing for a subdomain of a listed site', () => {
    expect(withSiteEnabled(['vnexpress.net'], 'e.vnexpress.net', false)).toEqual(['vnexpress.net']);
  });

  it('removes every entry covering the host when turned on', () => {
    expect(withSiteEnabled(['e.vnexpress.net', 'tuoitre.vn', 'vnexpress.net'], 'e.vnexpress.net', true)).toEqual(['tuoitre.vn']);
  });

  it('leaves the list alone for a hostname that names no site', () => {
    expect(withSiteEnabled(['a.example'], '', false)).toEqual(['a.example']);
  });
});
