import { describe, expect, it } from 'vitest';
import { forwardedToPage } from '../../src/page/content-messages';

describe('forwardedToPage', () => {
  it.each([
    [{ type: 'page-mentions' }, 'page-mentions'],
    [{ type: 'open-card' }, 'open-card'],
  ])('recognises %j', (message, kind) => {
    expect(forwardedToPage(message)).toBe(kind);
  });

  it.each([[null], ['page-mentions'], [{}], [{ type: 'get-card' }], [{ type: 42 }]])('leaves %j unanswered', (message) => {
    expect(forwardedToPage(message)).toBeNull();
  });
});
