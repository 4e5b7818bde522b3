// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { mountHost } from '../../src/page/mount-host';

beforeEach(() => {
  for (const el of [...document.documentElement.children]) if (el.tagName.startsWith('LEADERLENS-')) el.remove();
});

describe('mountHost', () => {
  it('adds one host under <html> with an open shadow root holding the container', () => {
    const { host, shadow, container } = mountHost(document, 'leaderlens-ui', '.x { color: red }');
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.tagName).toBe('LEADERLENS-UI');
    expect(host.shadowRoot).toBe(shadow);
    expect(container.parentNode).toBe(shadow);
  });

  it('puts the styles in the shadow root, not in the page', () => {
    const headStyles = document.head.querySelectorAll('style').length;
    const { shadow } = mountHost(document, 'leaderlens-ui', '.x { color: red }');
    const text = [...shadow.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n') +
      [...shadow.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(text).toContain('.x');
    expect(document.head.querySelectorAll('style').length).toBe(headStyles);
  });

  it('replaces a host left by an earlier copy of the script: one per frame', () => {
    mountHost(document, 'leaderlens-ui', '');
    mountHost(document, 'leaderlens-ui', '');
    expect(document.documentElement.querySelectorAll(':scope > leaderlens-ui')).toHaveLength(1);
  });

  it('takes the host off the page on remove', () => {
    const { host, remove } = mountHost(document, 'leaderlens-ui', '');
    remove();
    expect(host.isConnected).toBe(false);
  });
});
