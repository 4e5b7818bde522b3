import { describe, expect, it } from 'vitest';
import { gestureToken } from '../../../src/ui/card/user-gesture';

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
