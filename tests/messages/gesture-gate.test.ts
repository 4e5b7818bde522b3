import { describe, expect, it } from 'vitest';
import { createGestureGate } from '../../src/messages/gesture-gate';

describe('createGestureGate', () => {
  const clock = () => {
    let t = 10_000;
    return { now: () => t, advance: (ms: number) => void (t += ms) };
  };

  it('admits a new token', () => {
    expect(createGestureGate().admit('token-aaaaaaaaaaaaaaaa')).toBe(true);
  });

  it('admits each token once: one click opens one tab', () => {
    const c = clock();
    const gate = createGestureGate({ now: c.now });
    expect(gate.admit('token-aaaaaaaaaaaaaaaa')).toBe(true);
    c.advance(5000);
    expect(gate.admit('token-aaaaaaaaaaaaaaaa')).toBe(false);
  });

  it('refuses a second token too soon after the last tab', () => {
    const c = clock();
    const gate = createGestureGate({ now: c.now, minIntervalMs: 500 });
    expect(gate.admit('token-aaaaaaaaaaaaaaaa')).toBe(true);
    c.advance(100);
    expect(gate.admit('token-bbbbbbbbbbbbbbbb')).toBe(false);
    c.advance(500);
    expect(gate.admit('token-cccccccccccccccc')).toBe(true);
  });

  it('opens one tab for fifty tokens sent at once', () => {
    const gate = createGestureGate({ now: () => 0 });
    const admitted = Array.from({ length: 50 }, (_, i) => gate.admit(`token-${String(i).padStart(16, '0')}`)).filter(Boolean);
    expect(admitted).toHaveLength(1);
  });

  it('forgets the oldest tokens beyond what it remembers, so its memory stays bounded', () => {
    const c = clock();
    const gate = createGestureGate({ now: c.now, minIntervalMs: 0, remember: 2 });
    gate.admit('a');
    gate.admit('b');
    gate.admit('c');
    expect(gate.admit('b')).toBe(false);
    expect(gate.admit('a')).toBe(true);
  });
});
