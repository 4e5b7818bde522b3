// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keyboardTarget } from '../../src/page/keyboard-target';
import { el, mentionIn, textOf } from './mention-fixture';

// The "first name in view" half needs layout: rectangles are given here; Chromium's own are used
// in tests/e2e/page-keyboard.test.ts.
beforeEach(() => {
  document.body.replaceChildren();
  getSelection()?.removeAllRanges();
  vi.restoreAllMocks();
});

function page() {
  const first = el('p', null, 'Tổng Bí thư Tô Lâm');
  const second = el('p', null, 'Tổng thống Putin');
  document.body.append(first, second);
  return {
    lam: mentionIn('to-lam', textOf(first), 12, 18),
    putin: mentionIn('vladimir-putin', textOf(second), 11, 16),
  };
}

describe('keyboardTarget', () => {
  it('answers the name inside the selection', () => {
    const { lam, putin } = page();
    const range = document.createRange();
    range.setStart(putin.found.start.node, 12);
    range.setEnd(putin.found.start.node, 14);
    getSelection()!.addRange(range);
    expect(keyboardTarget(document, [lam, putin])?.mention).toBe(putin);
  });

  it('answers the first name in view when the selection holds none', () => {
    const { lam, putin } = page();
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      return this.startContainer === lam.found.start.node ? new DOMRect(0, -50, 40, 16) : new DOMRect(0, 100, 40, 16);
    });
    expect(keyboardTarget(document, [lam, putin])?.mention).toBe(putin); // Tô Lâm is scrolled above the view
  });

  it('answers null when no name is selected or in view', () => {
    const { lam } = page();
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 0, 0));
    expect(keyboardTarget(document, [lam])).toBeNull();
    expect(keyboardTarget(document, [])).toBeNull();
  });
});
