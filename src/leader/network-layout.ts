import { forceCollide, forceManyBody, forceRadial, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { scaleSqrt } from 'd3-scale';

/** A counterpart as the network draws it: sized by meetings, placed near their country. */
export interface NetworkInput {
  id: string;
  /** Meetings with the leader in the middle. */
  count: number;
  /** The group the node gathers with (a country code). */
  group: string;
}

/** Where a node sits in the drawing's own units, centred on the leader at (0, 0). */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  r: number;
  group: string;
}

export interface NetworkLayout {
  /** The leader in the middle. */
  centre: { r: number };
  nodes: PlacedNode[];
  /** Half the width and height the nodes need around the centre (for the SVG's viewBox). */
  extent: { x: number; y: number };
}

/** How the layout gives the page back its main thread between slices of work. */
export type Yield = () => Promise<void>;

export interface LayoutOptions {
  /** Stops the layout (a new record arrived, the page went away): the promise rejects with the reason. */
  signal?: AbortSignal;
  /** Work per slice before yielding, in milliseconds. Default 6: a slice stays far from a 50 ms long task, even on a busy machine. */
  sliceMs?: number;
  /** Default: a macrotask (`setTimeout(0)`), so input and rendering run between slices. */
  yieldTo?: Yield;
  /** Clock for the slices. Default `performance.now`. */
  now?: () => number;
  /** Radius of the smallest and largest counterpart. Default [5, 26]. */
  radius?: [number, number];
}

interface Body extends SimulationNodeDatum {
  id: string;
  r: number;
  group: string;
  fixed?: boolean;
}

const CENTRE_RADIUS = 30;
/** d3's default: the simulation cools from alpha 1 to alphaMin in ~300 ticks. */
const MAX_TICKS = 400;

/**
 * Lays out a leader's counterparts around them with d3-force: each a circle whose area grows with
 * the meetings of the pair (`scaleSqrt`), pulled towards its group's place on a ring around the
 * leader (countries spread around the centre, the most-met country first), kept apart by
 * collision. The simulation never runs on its own timer: it is stopped, then ticked to the end in
 * slices of at most `sliceMs`, yielding between slices, so a leader with hundreds of counterparts
 * never blocks the page for a long task (over 50 ms). Deterministic: d3-force's own seeded random
 * source and phyllotaxis start give the same picture for the same input.
 *
 * @example
 * const layout = await layoutNetwork([{ id: 'thongloun-sisoulith', count: 5, group: 'LA' }]);
 * layout.nodes[0]; // { id: 'thongloun-sisoulith', x: …, y: …, r: 26, group: 'LA' }
 */
export async function layoutNetwork(inputs: readonly NetworkInput[], options: LayoutOptions = {}): Promise<NetworkLayout> {
  const sliceMs = options.sliceMs ?? 6;
  const now = options.now ?? (() => performance.now());
  const yieldTo = options.yieldTo ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const [minR, maxR] = options.radius ?? [5, 26];
  const maxCount = Math.max(1, ...inputs.map((input) => input.count));
  const size = scaleSqrt().domain([0, maxCount]).range([0, maxR]);
  const radius = (count: number): number => Math.max(minR, size(count));

  const groups = groupOrder(inputs);
  const ringRadius = CENTRE_RADIUS + maxR * 2 + Math.sqrt(inputs.length) * 12;
  const anchor = new Map(
    groups.map((group, i) => {
      const angle = (2 * Math.PI * i) / groups.length - Math.PI / 2;
      return [group, { x: Math.cos(angle) * ringRadius, y: Math.sin(angle) * ringRadius }];
    }),
  );
  const bodies: Body[] = [
    { id: '', r: CENTRE_RADIUS, group: '', fx: 0, fy: 0, fixed: true },
    ...inputs.map((input) => ({ id: input.id, r: radius(input.count), group: input.group })),
  ];
  // Everyone on a ring around the leader; each country pulled towards its own arc of it. One
  // country alone would sit on one side of the leader: it surrounds them instead.
  const pull = groups.length > 1 ? 0.1 : 0;
  const simulation = forceSimulation<Body>(bodies)
    .force('charge', forceManyBody<Body>().strength(-12))
    .force('collide', forceCollide<Body>((body) => body.r + 3).iterations(2))
    .force('ring', forceRadial<Body>((body) => (body.fixed ? 0 : ringRadius), 0, 0).strength(0.2))
    .force('x', forceX<Body>((body) => (body.fixed ? 0 : (anchor.get(body.group)?.x ?? 0))).strength(pull))
    .force('y', forceY<Body>((body) => (body.fixed ? 0 : (anchor.get(body.group)?.y ?? 0))).strength(pull))
    .stop();

  let ticks = 0;
  while (simulation.alpha() > simulation.alphaMin() && ticks < MAX_TICKS) {
    options.signal?.throwIfAborted();
    const started = now();
    do {
      simulation.tick();
      ticks++;
    } while (now() - started < sliceMs && simulation.alpha() > simulation.alphaMin() && ticks < MAX_TICKS);
    if (simulation.alpha() > simulation.alphaMin() && ticks < MAX_TICKS) await yieldTo();
  }
  options.signal?.throwIfAborted();

  const nodes = bodies.slice(1).map((body) => ({ id: body.id, x: body.x ?? 0, y: body.y ?? 0, r: body.r, group: body.group }));
  const extent = {
    x: Math.max(CENTRE_RADIUS, ...nodes.map((node) => Math.abs(node.x) + node.r)),
    y: Math.max(CENTRE_RADIUS, ...nodes.map((node) => Math.abs(node.y) + node.r)),
  };
  return { centre: { r: CENTRE_RADIUS }, nodes, extent };
}

/** Groups by their total meetings, most first (then by name), so the main partners keep their places. */
export function groupOrder(inputs: readonly NetworkInput[]): string[] {
  const totals = new Map<string, number>();
  for (const input of inputs) totals.set(input.group, (totals.get(input.group) ?? 0) + input.count);
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([group]) => group);
}
