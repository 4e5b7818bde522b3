// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Card } from '../../src/lookup/card';
import type { CardLayer } from '../../src/page/card-layer';
import type { PageMention } from '../../src/page/gate-mentions';
import { createHoverController } from '../../src/page/hover-controller';
import type { NameLocator } from '../../src/page/name-at-point';
import { el, mentionIn, textOf } from './mention-fixture';

// The controller's timers, locator and layer are given; here they are stand-ins that record what
// the controller asks for. Timers run when the test says so (`runTimers`).
const cardOf = (id: string): Card => ({ leader: { id, name: id } }) as unknown as Card;

function setup(options: { delay?: number; cardFor?: (id: string) => Promise<Card | null> } = {}) {
  document.body.replaceChildren();
  const p = el('p', null, 'Tô Lâm gặp Putin');
  const host = el('leaderlens-ui', null);
  document.body.append(p, host);
  const text = textOf(p);
  const lam = mentionIn('to-lam', text, 0, 6);
  const putin = mentionIn('vladimir-putin', text, 11, 16);
  let under: PageMention | null = null;
  const locator: NameLocator = {
    update: () => undefined,
    at: () => {
      if (!under) return null;
      const range = document.createRange();
      range.setStart(under.found.start.node, under.found.start.offset);
      range.setEnd(under.found.end.node, under.found.end.offset);
      return { mention: under, rect: new DOMRect(0, 0, 10, 10), range };
    },
    shadowRoots: () => [],
  };
  const opened: { leaderId: string; focusOnOpen: boolean }[] = [];
  let closes = 0;
  const layer = {
    open: vi.fn(async (card: Card, _rect: () => DOMRect, o: { focusOnOpen: boolean }) => {
      opened.push({ leaderId: card.leader.id, focusOnOpen: o.focusOnOpen });
      return host;
    }),
    close: vi.fn(() => void closes++),
    reposition: vi.fn(async () => undefined),
    prepare: vi.fn(),
    discardPrepared: vi.fn(),
    pin: vi.fn(),
    element: null,
  } as unknown as CardLayer;
  const timers = new Map<number, { run: () => void; ms: number }>();
  let nextId = 1;
  const prepared: string[] = [];
  const controller = createHoverController({
    locator,
    layer,
    host,
    cardFor: options.cardFor ?? (async (id) => cardOf(id)),
    prepareCard: (id) => prepared.push(id),
    hoverDelayMs: () => options.delay ?? 300,
    setTimeout: (run, ms) => {
      timers.set(nextId, { run, ms });
      return nextId++;
    },
    clearTimeout: (id) => void timers.delete(id),
  });
  const move = (mention: PageMention | null, target: EventTarget = document.body): void => {
    under = mention;
    const event = new MouseEvent('mousemove', { clientX: 1, clientY: 1, bubbles: true, composed: true });
    Object.defineProperty(event, 'target', { value: target });
    Object.defineProperty(event, 'composedPath', { value: () => [target] });
    controller.onPointerMove(event);
  };
  /** Runs the timers due within `upTo` ms (all by default), in the order of their delays. */
  const runTimers = async (upTo = Infinity): Promise<void> => {
    const due = [...timers.entries()].filter(([, t]) => t.ms <= upTo).sort((a, b) => a[1].ms - b[1].ms);
    for (const [id] of due) timers.delete(id);
    for (const [, t] of due) t.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  /** A press at the pointer's place: `on` a name (or null), with `target` as the event's target. */
  const press = (on: PageMention | null, target: EventTarget = document.body): void => {
    under = on;
    const event = new MouseEvent('pointerdown', { clientX: 1, clientY: 1 });
    Object.defineProperty(event, 'target', { value: target });
    Object.defineProperty(event, 'composedPath', { value: () => [target] });
    controller.onPointerDown(event);
  };
  return { controller, lam, putin, host, move, press, runTimers, timers, opened, prepared, closes: () => closes, layer };
}

describe('createHoverController', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });

  it('opens the card of a name the pointer rests on, after the hover delay from settings', async () => {
    t = setup({ delay: 450 });
    t.move(t.lam);
    expect([...t.timers.values()].map((x) => x.ms)).toContain(450);
    await t.runTimers(449);
    expect(t.opened).toEqual([]);
    await t.runTimers();
    expect(t.opened).toEqual([{ leaderId: 'to-lam', focusOnOpen: false }]);
    expect(t.controller.openLeaderId).toBe('to-lam');
  });

  it('asks for the card to be prepared once the pointer has rested a moment, well before the delay ends', async () => {
    t.move(t.lam);
    expect(t.prepared).toEqual([]);
    await t.runTimers(40);
    expect(t.prepared).toEqual(['to-lam']);
    expect(t.opened).toEqual([]);
  });

  it('prepares nothing for a name the pointer only swept across', async () => {
    t.move(t.lam);
    t.move(t.putin);
    await t.runTimers(40);
    expect(t.prepared).toEqual(['vladimir-putin']);
  });

  it('prepares nothing with a delay too short to use', async () => {
    t = setup({ delay: 0 });
    t.move(t.lam);
    await t.runTimers();
    expect(t.prepared).toEqual([]);
    expect(t.opened.map((o) => o.leaderId)).toEqual(['to-lam']);
  });

  it('does not restart the delay for moves within the same name', async () => {
    t.move(t.lam);
    const before = t.timers.size;
    t.move(t.lam);
    expect(t.timers.size).toBe(before);
    await t.runTimers();
    expect(t.prepared).toEqual(['to-lam']);
    expect(t.opened).toHaveLength(1);
  });

  it('cancels the pending card when the pointer leaves the name before the delay ends', async () => {
    t.move(t.lam);
    t.move(null);
    await t.runTimers();
    expect(t.opened).toEqual([]);
  });

  it('switches to the name the pointer moved to', async () => {
    t.move(t.lam);
    t.move(t.putin);
    await t.runTimers();
    expect(t.opened.map((o) => o.leaderId)).toEqual(['vladimir-putin']);
  });

  it('never opens a slow card for a name the pointer already left for another', async () => {
    let release: (card: Card) => void = () => undefined;
    t = setup({ cardFor: (id) => (id === 'to-lam' ? new Promise((resolve) => (release = resolve)) : Promise.resolve(cardOf(id))) });
    t.move(t.lam);
    await t.runTimers();
    t.move(t.putin);
    await t.runTimers();
    release(cardOf('to-lam'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(t.opened.map((o) => o.leaderId)).toEqual(['vladimir-putin']);
  });

  it('keeps the card open while the pointer is inside it, and starts no other card from there', async () => {
    t.move(t.lam);
    await t.runTimers();
    t.move(t.putin, t.host); // events from inside our shadow root arrive retargeted to the host
    expect(t.timers.size).toBe(0);
    expect(t.controller.openLeaderId).toBe('to-lam');
  });

  it('closes on a click outside the card but not on one inside it', async () => {
    t.move(t.lam);
    await t.runTimers();
    t.press(null, t.host);
    expect(t.controller.openLeaderId).toBe('to-lam');
    t.press(null);
    expect(t.controller.openLeaderId).toBe(null);
    expect(t.layer.close).toHaveBeenCalled();
  });

  describe('closing after the pointer leaves, and pinning (Wikipedia previews, 10ten)', () => {
    it('closes shortly after the pointer left both the name and the card', async () => {
      t.move(t.lam);
      await t.runTimers();
      t.move(null);
      expect(t.controller.openLeaderId).toBe('to-lam');
      expect([...t.timers.values()].map((x) => x.ms)).toEqual([300]);
      await t.runTimers();
      expect(t.controller.openLeaderId).toBe(null);
    });

    it('stays while the pointer crosses from the name into the card and rests there', async () => {
      t.move(t.lam);
      await t.runTimers();
      t.move(null); // the gap between name and card
      t.move(null, t.host);
      await t.runTimers();
      expect(t.controller.openLeaderId).toBe('to-lam');
    });

    it('stays when the pointer comes back to the name in time', async () => {
      t.move(t.lam);
      await t.runTimers();
      t.move(null);
      t.move(t.lam);
      await t.runTimers();
      expect(t.controller.openLeaderId).toBe('to-lam');
    });

    it('closes when the pointer leaves the window', async () => {
      t.move(t.lam);
      await t.runTimers();
      t.controller.onPointerLeavePage();
      await t.runTimers();
      expect(t.controller.openLeaderId).toBe(null);
    });

    it('stays after the pointer leaves once a click inside the card pinned it', async () => {
      t.move(t.lam);
      await t.runTimers();
      t.press(null, t.host);
      expect(t.controller.pinned).toBe(true);
      expect(t.layer.pin).toHaveBeenLastCalledWith(true);
      t.move(null);
      await t.runTimers();
      expect(t.controller.openLeaderId).toBe('to-lam');
    });

    it('pins the open card with a click on its name, and keeps it while other names are hovered', async () => {
      t.move(t.lam);
      await t.runTimers();
      t.press(t.lam);
      t.move(t.putin);
      await t.runTimers();
      expect(t.opened.map((o) => o.leaderId)).toEqual(['to-lam']);
      expect(t.controller.openLeaderId).toBe('to-lam');
    });

    it('opens a clicked name\'s card at once, pinned', async () => {
      t.press(t.putin);
      await t.runTimers(0);
      expect(t.opened.map((o) => o.leaderId)).toEqual(['vladimir-putin']);
      expect(t.controller.pinned).toBe(true);
    });

    it('starts a card opened from the keyboard pinned', async () => {
      const range = document.createRange();
      range.setStart(t.putin.found.start.node, t.putin.found.start.offset);
      await t.controller.openNow(t.putin, range);
      t.move(null);
      await t.runTimers();
      expect(t.controller.openLeaderId).toBe('vladimir-putin');
    });

    it('still closes a pinned card on Escape', async () => {
      t.press(t.putin);
      await t.runTimers(0);
      t.controller.onKeyDown(new KeyboardEvent('keydown', { key: 'Escape' }));
      expect(t.controller.openLeaderId).toBe(null);
    });
  });

  it('closes on Escape, also a card still waiting for its delay', async () => {
    t.move(t.lam);
    t.controller.onKeyDown(new KeyboardEvent('keydown', { key: 'Escape' }));
    await t.runTimers();
    expect(t.opened).toEqual([]);
    t.move(t.putin);
    await t.runTimers();
    t.controller.onKeyDown(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(t.controller.openLeaderId).toBe(null);
  });

  it('ignores other keys', async () => {
    t.move(t.lam);
    await t.runTimers();
    t.controller.onKeyDown(new KeyboardEvent('keydown', { key: 'a' }));
    expect(t.controller.openLeaderId).toBe('to-lam');
  });

  it('closes after a scroll that took the name out of view, and follows it otherwise', async () => {
    t.move(t.lam);
    await t.runTimers();
    const spy = vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 100, 50, 20));
    t.controller.onScroll();
    expect(t.layer.reposition).toHaveBeenCalled();
    expect(t.controller.openLeaderId).toBe('to-lam');
    spy.mockReturnValue(new DOMRect(10, -200, 50, 20));
    t.controller.onScroll();
    expect(t.controller.openLeaderId).toBe(null);
    spy.mockRestore();
  });

  it('opens at once, with focus in the card, for the keyboard command', async () => {
    const range = document.createRange();
    range.setStart(t.putin.found.start.node, t.putin.found.start.offset);
    await t.controller.openNow(t.putin, range);
    expect(t.opened).toEqual([{ leaderId: 'vladimir-putin', focusOnOpen: true }]);
  });

  it('opens nothing for a leader the background does not know', async () => {
    t = setup({ cardFor: async () => null });
    t.move(t.lam);
    await t.runTimers();
    expect(t.opened).toEqual([]);
  });
});
