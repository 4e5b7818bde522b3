import { useCallback, useEffect, useId, useMemo, useState } from 'preact/hooks';
import { formatCorpusDate } from '../../i18n/format-date';
import type { UiLanguage } from '../../i18n/messages';
import { layoutOffThread } from '../../leader/layout-off-thread';
import { groupOrder, type NetworkLayout, type PlacedNode } from '../../leader/network-layout';
import type { Counterpart } from '../../lookup/record-types';
import { Isolated } from '../card/Isolated';
import type { Translate } from '../card/use-language';
import type { LeaderPageTarget } from './leader-url';
import { Chunks } from './Chunks';
import { pure } from './pure';
import { useProgressive } from './use-stages';

interface CounterpartsSectionProps {
  counterparts: Counterpart[];
  leaderName: string;
  /** The counterpart of the pair view, or null. */
  chosen: string | null;
  /** Choose a counterpart (the pair view), or null for the whole record again. */
  onChoose(id: string | null): void;
  /** The network is laid out and drawn. */
  onLaidOut?(): void;
  /** Told whether every counterpart of the list is drawn (they are drawn a few dozen per task). */
  onListDrawn?(done: boolean): void;
  /** Draw the list (false while the page's first stage is drawn: the section is there, empty). */
  list: boolean;
  /** Start laying out the network (false while the rest of the page is still being drawn). */
  layOut: boolean;
  lang: UiLanguage;
  tr: Translate;
  pageHref(target: LeaderPageTarget): string;
}

/** Colours for countries; more countries than colours share them, but keep their own place. */
const PALETTE_SIZE = 10;
const LABELLED = 12;
/** Counterparts of the list, and nodes of the network, drawn per task. */
const PEOPLE_PER_TASK = 40;
const NODES_PER_TASK = 60;
/** Half the width the network takes at least, in its own units (node radii are 5 to 26). */
const MIN_EXTENT = 180;

/**
 * `[data-section="counterparts"]`: whom the leader meets. A network (d3-force, laid out in a
 * worker, see layout-off-thread.ts): the leader in the middle, each counterpart a circle sized by
 * the meetings of the pair and coloured and gathered by country; clicking one chooses the pair. Beside it the same people as a list grouped by country, each a button (`data-leader-id`,
 * `data-count`, `aria-pressed`) that chooses the pair, and a link to their own record: the
 * keyboard's and the screen reader's way, the chart being one labelled image.
 */
export const CounterpartsSection = pure(function CounterpartsSection({ counterparts, leaderName, chosen, onChoose, onLaidOut, onListDrawn, list, layOut, lang, tr, pageHref }: CounterpartsSectionProps) {
  const groups = useMemo(() => groupOrder(counterparts.map(({ id, count, country }) => ({ id, count, group: country }))), [counterparts]);
  const slot = useMemo(() => new Map(groups.map((group, i) => [group, i % PALETTE_SIZE])), [groups]);

  return (
    <section class="lp-section" id="lp-counterparts" data-section="counterparts" aria-labelledby="lp-counterparts-title">
      <h2 id="lp-counterparts-title">{tr('leader_counterpartsHeading')}</h2>
      {counterparts.length === 0 ? (
        <p class="lp-empty">{tr('leader_counterpartsNone')}</p>
      ) : !list ? null : (
        <div class="lp-counterparts">
          <Network
            counterparts={counterparts}
            leaderName={leaderName}
            chosen={chosen}
            onChoose={onChoose}
            slot={slot}
            layOut={layOut}
            tr={tr}
            {...(onLaidOut ? { onLaidOut } : {})}
          />
          <CounterpartList
            counterparts={counterparts}
            groups={groups}
            slot={slot}
            chosen={chosen}
            onChoose={onChoose}
            lang={lang}
            tr={tr}
            pageHref={pageHref}
            {...(onListDrawn ? { onDrawn: onListDrawn } : {})}
          />
        </div>
      )}
    </section>
  );
});

interface CounterpartListProps {
  counterparts: Counterpart[];
  groups: string[];
  slot: Map<string, number>;
  chosen: string | null;
  onChoose(id: string | null): void;
  lang: UiLanguage;
  tr: Translate;
  pageHref(target: LeaderPageTarget): string;
  onDrawn?(done: boolean): void;
}

/**
 * The list beside the network, grouped by country, drawn `PEOPLE_PER_TASK` people per task (a
 * leader may have met hundreds); pure, so the network's stage does not draw it again.
 */
const CounterpartList = pure(function CounterpartList({ counterparts, groups, slot, chosen, onChoose, onDrawn, lang, tr, pageHref }: CounterpartListProps) {
  const byGroup = useMemo(() => groups.map((group) => ({ group, people: counterparts.filter((c) => c.country === group) })), [groups, counterparts]);
  const drawn = useProgressive(counterparts.length, PEOPLE_PER_TASK);
  useEffect(() => onDrawn?.(drawn >= counterparts.length), [drawn, counterparts.length]);
  const person = useCallback(
    (counterpart: Counterpart) => (
      <li key={counterpart.id}>
        <button
          type="button"
          class="lp-counterpart"
          data-leader-id={counterpart.id}
          data-count={counterpart.count}
          aria-pressed={chosen === counterpart.id}
          title={tr(chosen === counterpart.id ? 'leader_chosenPair' : 'leader_choosePair', counterpart.name)}
          onClick={() => onChoose(chosen === counterpart.id ? null : counterpart.id)}
        >
          <Isolated>{counterpart.name}</Isolated>
          <span class="lp-count">{meetingCount(counterpart.count, tr)}</span>
        </button>
        <span class="lp-span">
          {counterpart.first && counterpart.last
            ? counterpart.first === counterpart.last
              ? formatCorpusDate(counterpart.first, lang)
              : `${formatCorpusDate(counterpart.first, lang)} – ${formatCorpusDate(counterpart.last, lang)}`
            : ''}
        </span>
        <a class="lp-record-link" href={pageHref({ id: counterpart.id, lang })} aria-label={tr('leader_openRecordOf', counterpart.name)}>
          ↗
        </a>
      </li>
    ),
    [chosen, onChoose, lang, tr, pageHref],
  );
  let before = 0;
  return (
    <div class="lp-counterpart-list">
      {byGroup.map(({ group, people }) => {
        const count = Math.max(0, Math.min(people.length, drawn - before));
        before += people.length;
        return count === 0 ? null : (
          <section key={group} class="lp-country-group" aria-label={countryName(people[0], lang, tr)}>
            <h3>
              <span class={`lp-swatch lp-c${slot.get(group) ?? 0}`} aria-hidden="true" />
              {countryName(people[0], lang, tr)}
            </h3>
            <ul>
              <Chunks items={people} count={count} size={PEOPLE_PER_TASK} item={person} />
            </ul>
          </section>
        );
      })}
    </div>
  );
});

function countryName(person: Counterpart | undefined, lang: UiLanguage, tr: Translate): string {
  return person?.countryName[lang] || tr('leader_noCountry');
}

function meetingCount(n: number, tr: Translate): string {
  return n === 1 ? tr('leader_countMeetingsOne') : tr('leader_countMeetings', n);
}

interface NetworkProps {
  counterparts: Counterpart[];
  leaderName: string;
  chosen: string | null;
  onChoose(id: string | null): void;
  onLaidOut?(): void;
  slot: Map<string, number>;
  layOut: boolean;
  tr: Translate;
}

function Network({ counterparts, leaderName, chosen, onChoose, onLaidOut, slot, layOut, tr }: NetworkProps) {
  const [layout, setLayout] = useState<NetworkLayout | null>(null);

  useEffect(() => {
    if (!layOut) return;
    const controller = new AbortController();
    setLayout(null);
    layoutOffThread(
      counterparts.map(({ id, count, country }) => ({ id, count, group: country })),
      { signal: controller.signal },
    ).then(
      (done) => setLayout(done),
      (error: unknown) => {
        if (!controller.signal.aborted) console.warn(`leaderlens leader page: the network could not be laid out: ${String(error)}`);
      },
    );
    return () => controller.abort();
  }, [counterparts, layOut]);

  if (!layout) {
    return (
      <p class="lp-network lp-note" role="status">
        {tr('leader_layingOut')}
      </p>
    );
  }
  return (
    <NetworkDrawing
      layout={layout}
      counterparts={counterparts}
      leaderName={leaderName}
      chosen={chosen}
      onChoose={onChoose}
      slot={slot}
      tr={tr}
      {...(onLaidOut ? { onDrawn: onLaidOut } : {})}
    />
  );
}

interface NetworkDrawingProps {
  layout: NetworkLayout;
  counterparts: Counterpart[];
  leaderName: string;
  chosen: string | null;
  onChoose(id: string | null): void;
  /** Every node is drawn. */
  onDrawn?(): void;
  slot: Map<string, number>;
  tr: Translate;
}

/** The laid-out network, its nodes drawn `NODES_PER_TASK` per task; a tooltip or a new chunk draws only what changed. */
function NetworkDrawing({ layout, counterparts, leaderName, chosen, onChoose, onDrawn, slot, tr }: NetworkDrawingProps) {
  const titleId = useId();
  const [tip, setTip] = useState<{ text: string; left: number; top: number } | null>(null);
  const byId = useMemo(() => new Map(counterparts.map((c) => [c.id, c])), [counterparts]);
  const labelled = useMemo(() => new Set(counterparts.slice(0, LABELLED).map((c) => c.id)), [counterparts]);
  const drawn = useProgressive(layout.nodes.length, NODES_PER_TASK);
  useEffect(() => {
    if (drawn >= layout.nodes.length) onDrawn?.();
  }, [drawn, layout]);
  const link = useCallback(
    (node: PlacedNode) => <line key={node.id} x1={0} y1={0} x2={node.x} y2={node.y} class={chosen === node.id ? 'lp-chosen' : ''} />,
    [chosen],
  );
  const circle = useCallback(
    (node: PlacedNode) => {
      const counterpart = byId.get(node.id)!;
      return (
        <g
          key={node.id}
          class={`lp-node lp-c${slot.get(node.group) ?? 0}${chosen === node.id ? ' lp-chosen' : ''}`}
          data-leader-id={node.id}
          data-count={counterpart.count}
          transform={`translate(${node.x.toFixed(1)},${node.y.toFixed(1)})`}
          onClick={() => onChoose(chosen === node.id ? null : node.id)}
          onMouseEnter={(event) => {
            const box = (event.currentTarget as SVGGElement).ownerSVGElement?.getBoundingClientRect();
            const at = (event.currentTarget as SVGGElement).getBoundingClientRect();
            if (box) setTip({ text: `${counterpart.name} · ${meetingCount(counterpart.count, tr)}`, left: at.left - box.left + at.width / 2, top: at.top - box.top });
          }}
        >
          <circle r={node.r} />
          {labelled.has(node.id) && (
            <text y={node.r + 12} text-anchor="middle">
              {shortName(counterpart.name)}
            </text>
          )}
        </g>
      );
    },
    [byId, labelled, slot, chosen, onChoose, tr],
  );
  const margin = 24;
  // A few counterparts would otherwise be blown up to fill the width: keep the drawing's scale.
  const ex = Math.max(layout.extent.x, MIN_EXTENT);
  const ey = Math.max(layout.extent.y, MIN_EXTENT * 0.6);
  return (
    <div class="lp-network lp-chart-box">
      <svg
        class="lp-chart lp-network-svg"
        viewBox={`${-ex - margin} ${-ey - margin} ${2 * (ex + margin)} ${2 * (ey + margin)}`}
        role="img"
        aria-labelledby={titleId}
        onMouseLeave={() => setTip(null)}
      >
        <title id={titleId}>{tr('leader_counterpartsChart', leaderName, counterparts.length)}</title>
        <g class="lp-links">
          <Chunks items={layout.nodes} count={drawn} size={NODES_PER_TASK} item={link} />
        </g>
        <g class="lp-centre">
          <circle r={layout.centre.r} />
          {/* The name a Vietnamese reader calls them by (the last syllable: "Lâm"), inside the circle; the heading says the rest. */}
          <text dy="0.35em" text-anchor="middle">
            {leaderName.split(/\s+/).at(-1)}
          </text>
        </g>
        <Chunks items={layout.nodes} count={drawn} size={NODES_PER_TASK} item={circle} />
      </svg>
      {tip && (
        <div class="lp-tip" aria-hidden="true" style={{ left: `${tip.left}px`, top: `${tip.top}px` }}>
          {tip.text}
        </div>
      )}
    </div>
  );
}

/** The last two words of a name: enough to tell people apart under a small circle. */
function shortName(name: string): string {
  const words = name.split(/\s+/);
  return words.length > 2 ? words.slice(-2).join(' ') : name;
}
