// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startOptionsPage } from '../../../src/settings/ui/start-options-page';

let root: HTMLElement;

async function open(): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  startOptionsPage(root);
  await waitFor(() => root.querySelector('h1') !== null);
  return root;
}

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const radio = (value: string, name: string) =>
  root.querySelector<HTMLInputElement>(`input[type=radio][name^="${name}-"][value="${value}"]`)!;

describe('the options page', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('shows the stored settings and saves a change, storing only that one', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.theme': 'dark' });
    await open();
    await waitFor(() => radio('dark', 'theme').checked);
    radio('click', 'trigger').click();
    await waitFor(() => root.querySelector('[data-testid=status]')?.textContent === 'Saved.');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'settings.theme': 'dark', 'settings.trigger': 'click' });
    // With "click", the hover delay no longer applies and is not shown.
    expect(root.querySelector('input[type=number]')).toBeNull();
  });

  it('lists what was repaired on load', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.enabled': 'maybe', 'settings.sections': { quotes: 3 } });
    await open();
    await waitFor(() => root.querySelector('[data-testid=repairs]') !== null);
    const fields = [...root.querySelectorAll('[data-testid=repairs] li')].map((li) => li.getAttribute('data-field'));
    expect(fields).toEqual(['enabled', 'sections.quotes']);
  });

  it('refuses a site that is no site name, saying so, and stores nothing', async () => {
    await open();
    const input = root.querySelector<HTMLInputElement>('.site-add input')!;
    input.value = 'not a site';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    root.querySelector<HTMLFormElement>('.site-add')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await waitFor(() => root.querySelector('.site-add [role=alert]') !== null);
    expect(root.querySelector('.site-add [role=alert]')!.textContent).toBe('“not a site” is not a site name.');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('shows itself in Vietnamese when that language is chosen', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.language': 'vi' });
    await open();
    await waitFor(() => root.querySelector('h1')?.textContent === 'Cài đặt Leaderlens');
    expect(document.documentElement.lang).toBe('vi');
  });
});
