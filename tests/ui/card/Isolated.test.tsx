// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Isolated, NameList, withSlot } from '../../../src/ui/card/Isolated';

function html(node: preact.ComponentChildren): string {
  const container = document.createElement('div');
  render(<>{node}</>, container);
  return container.innerHTML;
}

describe('Isolated', () => {
  it('puts text in its own <bdi dir="auto">', () => {
    expect(html(<Isolated>{'\u202Eevil'}</Isolated>)).toBe('<bdi dir="auto">\u202Eevil</bdi>');
  });
});

describe('NameList', () => {
  it('joins names as the language does, each name in its own isolate', () => {
    expect(html(<NameList names={['Tô Lâm', '\u202EPutin', 'Xi']} lang="en" />)).toBe(
      '<bdi dir="auto">Tô Lâm</bdi>, <bdi dir="auto">\u202EPutin</bdi> and <bdi dir="auto">Xi</bdi>',
    );
    expect(html(<NameList names={['Tô Lâm', 'Putin']} lang="vi" />)).toBe('<bdi dir="auto">Tô Lâm</bdi> và <bdi dir="auto">Putin</bdi>');
  });
});

describe('withSlot', () => {
  it('puts the node where the message has its placeholder', () => {
    expect(html(withSlot((slot) => `with ${slot}!`, <b>X</b>))).toBe('with <b>X</b>!');
  });

  it('keeps a message without the placeholder as it is', () => {
    expect(withSlot(() => 'no slot', <b>X</b>)).toBe('no slot');
  });
});
