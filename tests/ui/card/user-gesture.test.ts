import { describe, expect, it } from 'vitest';
import { cancelUntrusted, gestureToken } from '../../../src/ui/card/user-gesture';

/** happy-dom makes every event untrusted, as a page's script does; the browser's own are trusted. */
const trusted = (type = 'click'): Event => {
  const event = new Event(type);
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
};

describe('gestureToken', () => {
  it('gives a token for a trusted click', () => {
    expect(gestureToken(trusted())).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives nothing for an event a script made (a page calling .click())', () => {
    expect(gestureToken(new Event('click'))).toBeNull();
  });

  it('gives one token per event, however often it is asked', () => {
    const event = trusted();
    expect(gestureToken(event)).not.toBeNull();
    expect(gestureToken(event)).toBeNull();
  });

  it('gives each click its own token', () => {
    expect(gestureToken(trusted())).not.toBe(gestureToken(trusted()));
  });
});

describe('cancelUntrusted', () => {
  const click = (isTrusted: boolean): Event => {
    const event = new Event('click', { cancelable: true });
    if (isTrusted) Object.defineProperty(event, 'isTrusted', { value: true });
    return event;
  };

  it('cancels a click a script made (a page calling .click() on a link in our open shadow root)', () => {
    const event = click(false);
    cancelUntrusted(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves the reader\'s own click to the browser', () => {
    const event = click(true);
    cancelUntrusted(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
