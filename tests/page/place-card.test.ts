// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeCard } from '../../src/page/place-card';

// A 1000 × 800 viewport and a 300 × 200 card; happy-dom has no layout, so sizes are given here.
let card: HTMLElement;
beforeEach(() => {
  const root = document.documentElement;
  Object.defineProperty(root, 'clientWidth', { configurable: true, value: 1000 });
  Object.defineProperty(root, 'clientHeight', { configurable: true, value: 800 });
  card = document.createElement('div');
  card.style.position = 'fixed';
  card.getBoundingClientRect = () => new DOMRect(0, 0, 300, 200);
  document.body.append(card);
});

afterEach(() => card.remove());

const name = (x: number, y: number) => () => new DOMRect(x, y, 80, 20);

describe('placeCard', () => {
  it('puts the card below the name, aligned with its start, 6 px under it', async () => {
    await placeCard(card, name(100, 100));
    expect([card.style.left, card.style.top]).toEqual(['100px', '126px']);
  });

  it('flips the card above a name near the bottom of the viewport', async () => {
    await placeCard(card, name(100, 700));
    expect(card.style.top).toBe(`${700 - 6 - 200}px`);
  });

  it("aligns the card with the name's end near the right edge", async () => {
    await placeCard(card, name(900, 100));
    expect(card.style.left).toBe(`${900 + 80 - 300}px`);
  });

  it('shifts the card left to stay 8 px inside the right edge when no alignment fits', async () => {
    await placeCard(card, name(1100, 100));
    expect(card.style.left).toBe(`${1000 - 8 - 300}px`);
  });

  it('shifts the card right to stay 8 px inside the left edge', async () => {
    await placeCard(card, name(-40, 100));
    expect(card.style.left).toBe('8px');
  });

  describe('a card taller than the room beside the name (Floating UI size)', () => {
    // A card that would be 700 px tall, capped by --ll-room as card.css does.
    const tall = (): void => {
      card.getBoundingClientRect = () => {
        const room = Number.parseFloat(card.style.getPropertyValue('--ll-room'));
        return new DOMRect(0, 0, 300, Number.isNaN(room) ? 700 : Math.min(700, room));
      };
    };
    const bottom = (): number => Number.parseFloat(card.style.top) + card.getBoundingClientRect().height;

    it.each([
      ['near the top', 40],
      ['in the middle', 390],
      ['near the bottom', 740],
    ])('keeps the card inside the viewport for a name %s', async (_where, y) => {
      tall();
      await placeCard(card, name(100, y));
      expect(Number.parseFloat(card.style.top)).toBeGreaterThanOrEqual(8);
      expect(bottom()).toBeLessThanOrEqual(800 - 8);
    });

    it('caps the card to the room on the side with more of it, never over the name', async () => {
      tall();
      await placeCard(card, name(100, 500));
      // Above the name: 500 - 6 - 8 = 486 px of room, more than the 274 px below.
      expect(card.style.getPropertyValue('--ll-room')).toBe('486px');
      expect(bottom()).toBeLessThanOrEqual(500 - 6);
    });

    it('measures the card afresh each time, not at the cap of its last placement', async () => {
      tall();
      await placeCard(card, name(100, 740));
      await placeCard(card, name(100, 40));
      expect(card.style.getPropertyValue('--ll-room')).toBe(`${800 - 8 - 66}px`);
      expect(card.style.top).toBe('66px');
    });
  });
});
