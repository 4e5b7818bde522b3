import type { ComponentChildren } from 'preact';
import { listFormat } from '../../i18n/format-date';
import type { UiLanguage } from '../../i18n/messages';

/**
 * Text from the corpus or the registry (a name, a place, a quote) shown in its own bidirectional
 * isolate: `<bdi>` gives it `unicode-bidi: isolate` and a direction of its own (`dir=auto`, the
 * first strong character). A right-to-left override (U+202E) inside one name then turns that name
 * only, not the rest of the card's line (issue 10: an RLO in a name flipped the card's text).
 */
export function Isolated({ children }: { children: ComponentChildren }) {
  return <bdi dir="auto">{children}</bdi>;
}

/**
 * A list of names as the language writes it ("A, B and C"; "A, B và C"), each name isolated: one
 * joined string would let a control character in one name reorder the others.
 *
 * @example
 * <NameList names={['Tô Lâm', 'Vladimir Putin']} lang="en" /> // <bdi>Tô Lâm</bdi> and <bdi>Vladimir Putin</bdi>
 */
export function NameList({ names, lang }: { names: readonly string[]; lang: UiLanguage }) {
  const parts = listFormat(lang).formatToParts(names);
  return <>{parts.map((part) => (part.type === 'element' ? <Isolated>{part.value}</Isolated> : part.value))}</>;
}

/** A character no message contains, standing in for the slot until it is split out. */
const SLOT = '\uE000';

/**
 * A translated message with a component in its one placeholder: `message(SLOT)` is the text with
 * the slot marked, e.g. `(slot) => tr('card_with', slot)` → "with " + node.
 *
 * @example
 * withSlot((slot) => tr('card_with', slot), <NameList names={names} lang={lang} />)
 */
export function withSlot(message: (slot: string) => string, node: ComponentChildren): ComponentChildren {
  const text = message(SLOT);
  const at = text.indexOf(SLOT);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      {node}
      {text.slice(at + SLOT.length)}
    </>
  );
}
