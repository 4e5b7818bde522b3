import { describe, expect, it } from 'vitest';
import { onlyTrusted } from '../../src/page/trusted-events';

describe('onlyTrusted', () => {
  it('passes an event the browser made on to the handler', () => {
    const seen: string[] = [];
    const event = new Event('mousemove');
    Object.defineProperty(event, 'isTrusted', { value: true });
    onlyTrusted((e) => seen.push(e.type))(event);
    expect(seen).toEqual(['mousemove']);
  });

  it('drops an event a script dispatched', () => {
    const seen: string[] = [];
    const target = new EventTarget();
    target.addEventListener('mousemove', onlyTrusted((e) => seen.push(e.type)));
    target.dispatchEvent(new Event('mousemove'));
    expect(seen).toEqual([]);
  });

  it('takes another test of trust (unit tests of the page side stand in for the browser)', () => {
    const seen: string[] = [];
    onlyTrusted((e) => seen.push(e.type), () => true)(new Event('keydown'));
    expect(seen).toEqual(['keydown']);
  });
});
