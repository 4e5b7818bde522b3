// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { hostTagName, mountHost } from '../../src/page/mount-host';
import { createRemountBackoff } from '../../src/page/remount-backoff';

beforeEach(() => {
  for (const el of [...document.documentElement.children]) if (el.tagName.startsWith('LEADERLENS-')) el.remove();
  document.body.replaceChildren();
});

describe('hostTagName', () => {
  it('adds a random suffix to the prefix, a valid custom element name', () => {
    const name = hostTagName('leaderlens-ui');
    expect(name).toMatch(/^leaderlens-ui-[0-9a-z]{8}$/);
    expect(() => document.createElement(name)).not.toThrow();
  });

  it('draws a new suffix each time: a page cannot know it in advance', () => {
    expect(hostTagName('leaderlens-ui')).not.toBe(hostTagName('leaderlens-ui'));
  });
});

describe('mountHost', () => {
  it('adds one host under <html> with an open shadow root holding the container', () => {
    const { host, shadow, container } = mountHost(document, 'leaderlens-ui-test', '.x { color: red }');
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.tagName).toBe('LEADERLENS-UI-TEST');
    expect(host.shadowRoot).toBe(shadow);
    expect(container.parentNode).toBe(shadow);
  });

  it('puts the styles, the host\'s own box too, in the shadow root, not in the page nor in an attribute', () => {
    const headStyles = document.head.querySelectorAll('style').length;
    const { host, shadow } = mountHost(document, 'leaderlens-ui-test', '.x { color: red }');
    const text = [...shadow.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n') +
      [...shadow.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(text).toContain('.x');
    expect(text).toContain(':host');
    expect(document.head.querySelectorAll('style').length).toBe(headStyles);
    expect(host.getAttributeNames()).toEqual([]);
  });

  it('never removes a page element of a similar name: only what it made is ours', () => {
    const pages = document.createElement('leaderlens-ui');
    pages.textContent = 'the page\'s own';
    document.body.append(pages);
    mountHost(document, 'leaderlens-ui-test', '');
    const second = mountHost(document, hostTagName('leaderlens-ui'), '');
    second.remove();
    expect(pages.isConnected).toBe(true);
    expect(pages.textContent).toBe('the page\'s own');
  });

  it('takes the host off the page on remove', () => {
    const { host, remove } = mountHost(document, 'leaderlens-ui-test', '');
    remove();
    expect(host.isConnected).toBe(false);
  });

  describe('reattach', () => {
    it('answers true and changes nothing while everything is in place', () => {
      const mounted = mountHost(document, 'leaderlens-ui-test', '');
      expect(mounted.reattach()).toBe(true);
      expect(mounted.host.parentNode).toBe(document.documentElement);
    });

    it('puts back a host the page removed, with its shadow root and container', () => {
      const mounted = mountHost(document, 'leaderlens-ui-test', '');
      mounted.host.remove();
      expect(mounted.reattach()).toBe(true);
      expect(mounted.host.parentNode).toBe(document.documentElement);
      expect(mounted.container.parentNode).toBe(mounted.shadow);
    });

    it('puts back the container when the page emptied our shadow root', () => {
      const mounted = mountHost(document, 'leaderlens-ui-test', '');
      mounted.shadow.replaceChildren();
      expect(mounted.reattach()).toBe(true);
      expect(mounted.container.parentNode).toBe(mounted.shadow);
    });

    it('moves the host back under <html> when the page moved it deeper', () => {
      const mounted = mountHost(document, 'leaderlens-ui-test', '');
      const div = document.createElement('div');
      document.body.append(div);
      div.append(mounted.host);
      expect(mounted.reattach()).toBe(true);
      expect(mounted.host.parentNode).toBe(document.documentElement);
    });

    it('waits, answering false, against a page that keeps removing the host', () => {
      const mounted = mountHost(document, 'leaderlens-ui-test', '', createRemountBackoff({ now: () => 0 }));
      mounted.host.remove();
      expect(mounted.reattach()).toBe(true);
      mounted.host.remove();
      expect(mounted.reattach()).toBe(false);
      expect(mounted.host.isConnected).toBe(false);
    });
  });
});
