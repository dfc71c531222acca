/**
 * The figure as a tree of joints, as the drawing nests them: each joint's group turns by the
 * angle between its bone and its parent's, then moves along its bone. Every keyframe has the same
 * tree, so a player can interpolate the groups' turns between keyframes and the limbs stay joined.
 * The tree hangs from a foot that stays planted through all keyframes (so it does not slide while
 * playing), else from the hip.
 */
import type { View } from '../../schemas/figure.ts';
import type { JointName, PlacedPose, Point } from './kinematics.ts';

/** Scene units (body heights, y up) to drawing units (100 per body height, y down). */
export const scale = 100;
export const toDrawing = ({ x, y }: Point): Point => ({ x: x * scale, y: -y * scale });

export type RigNode = JointName;

const bones = (view: View): [RigNode, RigNode][] => [
  ['hip', 'chest'],
  ['chest', 'head'],
  ...(['A', 'B'] as const).flatMap((S): [RigNode, RigNode][] => [
    ['chest', `shoulder${S}`],
    [`shoulder${S}`, `elbow${S}`],
    [`elbow${S}`, `wrist${S}`],
    ['hip', `hip${S}`],
    [`hip${S}`, `knee${S}`],
    [`knee${S}`, `ankle${S}`],
    ...(view === 'side' ? ([[`ankle${S}`, `toe${S}`]] as [RigNode, RigNode][]) : []),
  ]),
];

/** One joint's group in one keyframe: turn by `turn` degrees, then move `length` along the bone. */
export interface GroupValue {
  turn: number;
  length: number;
}

export interface Rig {
  root: RigNode;
  /** Each joint's parent (the root has none). */
  parent: Partial<Record<RigNode, RigNode>>;
  /** The root's position per keyframe, in drawing units. */
  rootAt: Point[];
  /** Per keyframe, each non-root joint's group. */
  values: Partial<Record<RigNode, GroupValue>>[];
  /** Per keyframe, each joint's absolute angle in degrees (drawing coordinates). */
  angle: Partial<Record<RigNode, number>>[];
}

/** The planted foot the tree hangs from, when one stays put through every keyframe. */
function plantedAnkle(placed: readonly PlacedPose[]): RigNode | undefined {
  for (const side of ['a', 'b'] as const) {
    const S = side.toUpperCase() as 'A' | 'B';
    const first = placed[0]!.joints[`ankle${S}`];
    const planted = placed.every(
      ({ pose, joints }) =>
        pose.contacts.some((contact) => contact.part === 'foot' && contact.side === side) &&
        Math.hypot(joints[`ankle${S}`].x - first.x, joints[`ankle${S}`].y - first.y) < 0.01,
    );
    if (planted) return `ankle${S}`;
  }
  return undefined;
}

/** Takes the turn nearest the previous keyframe's, so playing never spins a limb the long way round. */
function unwrap(turn: number, before: number | undefined): number {
  if (before === undefined) return turn;
  return turn + 360 * Math.round((before - turn) / 360);
}

export function buildRig(placed: readonly PlacedPose[], view: View): Rig {
  const root = plantedAnkle(placed) ?? 'hip';
  const edges = bones(view);
  const parent: Partial<Record<RigNode, RigNode>> = {};
  const order: RigNode[] = [root];
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    for (const [a, b] of edges) {
      const next = a === node ? b : b === node ? a : undefined;
      if (next && next !== root && !(next in parent)) {
        parent[next] = node;
        order.push(next);
      }
    }
  }
  const rootAt: Point[] = [];
  const values: Rig['values'] = [];
  const angle: Rig['angle'] = [];
  placed.forEach(({ joints }, k) => {
    const at = (node: RigNode) => toDrawing(joints[node]);
    rootAt.push(at(root));
    const absolute: Partial<Record<RigNode, number>> = { [root]: 0 };
    const value: Partial<Record<RigNode, GroupValue>> = {};
    for (const node of order.slice(1)) {
      const from = parent[node]!;
      const a = at(from), b = at(node);
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      const direction = length < 0.05 ? absolute[from]! : (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
      const turn = unwrap(direction - absolute[from]!, values[k - 1]?.[node]?.turn);
      absolute[node] = absolute[from]! + turn;
      value[node] = { turn, length };
    }
    values.push(value);
    angle.push(absolute);
  });
  return { root, parent, rootAt, values, angle };
}

/** The path from the root to a joint, root first. */
export function pathTo(rig: Rig, node: RigNode): RigNode[] {
  const path: RigNode[] = [];
  for (let at: RigNode | undefined = node; at; at = rig.parent[at]) path.unshift(at);
  return path;
}

/**
 * Where a joint is at `t` (0 to 1) of the way from keyframe `k` to keyframe `k + 1` when the groups'
 * turns and lengths are interpolated, as a player does; the motion arrows follow this path.
 */
export function interpolatedPosition(rig: Rig, node: RigNode, k: number, t: number): Point {
  const mix = (a: number, b: number) => a + (b - a) * t;
  const a = rig.rootAt[k]!, b = rig.rootAt[k + 1]!;
  let x = mix(a.x, b.x), y = mix(a.y, b.y), heading = 0;
  for (const step of pathTo(rig, node).slice(1)) {
    const from = rig.values[k]![step]!, to = rig.values[k + 1]![step]!;
    heading += mix(from.turn, to.turn);
    const length = mix(from.length, to.length);
    x += length * Math.cos((heading * Math.PI) / 180);
    y += length * Math.sin((heading * Math.PI) / 180);
  }
  return { x, y };
}
