import { describe, expect, it } from 'vitest';
import { substituteMessage } from '../../src/i18n/substitute-message';

describe('substituteMessage', () => {
  it('puts numbered substitutions in through named placeholders', () => {
    expect(substituteMessage({ message: 'with $NAMES$', placeholders: { names: { content: '$1' } } }, ['Putin'])).toBe('with Putin');
  });

  it('reads $$ as a dollar and never reads substituted text as a placeholder', () => {
    expect(substituteMessage({ message: '$$ $1' }, ['$2'])).toBe('$ $2');
  });

  it('leaves an unknown named placeholder as written', () => {
    expect(substituteMessage({ message: 'a $NOPE$ b' }, [])).toBe('a $NOPE$ b');
  });
});
