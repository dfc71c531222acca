/**
 * Draws a figure as one SVG per keyframe: an adult body of tapered limbs, hands, feet and a head
 * that shows where the face is, nested as the joints nest (see rig.ts), with the props, the floor
 * an arrow for what moved since the keyframe before and short arrows for what presses or
 * tightens. The first keyframe is drawn lighter.
 * Colours are attributes, not styles, so the site's content security policy allows them.
 */
import type { Figure } from '../../schemas/figure.ts';
import { radius, segmentLength as len } from './anthropometry.ts';
import { type JointName, type PlacedPose, type Point, placeFigure, pressedPart } from './kinematics.ts';
import { type Rig, type RigNode, buildRig, interpolatedPosition, pathTo, scale, toDrawing } from './rig.ts';
import { type PropShape, propSize, surfaceBoxes } from './scene.ts';

/** Colours: each at least 3:1 against the white ground (tests check), the far limbs lighter. */
export const palette = {
  ground: '#ffffff',
  outline: '#ffffff',
  /** Every keyframe but the first. */
  full: { near: '#1f3a52', far: '#5d7890' },
  /** The first keyframe: where the movement starts. */
  start: { near: '#506d86', far: '#7b90a3' },
  prop: '#4a5866',
  propFill: '#e3e8ec',
  arrow: '#0a5c43',
} as const;

const n = (value: number): string => {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded).replace(/^(-?)0\./, '$1.');
};
const pt = (p: Point) => `${n(p.x)} ${n(p.y)}`;

/** A tapered capsule along the x axis from (−length, 0), radius `r0`, to (0, 0), radius `r1`. */
function capsule(length: number, r0: number, r1: number): string {
  return `M${n(-length)} ${n(-r0)}L0 ${n(-r1)}A${n(r1)} ${n(r1)} 0 0 1 0 ${n(r1)}L${n(-length)} ${n(r0)}A${n(r0)} ${n(r0)} 0 0 1 ${n(-length)} ${n(-r0)}Z`;
}

/** A drawn part: a path in the frame of a joint of the rig. */
interface Part {
  node: RigNode;
  tone: 'near' | 'far';
  /** Path data per keyframe (the same unless foreshortened). */
  d: string;
  /** Per keyframe, a stretch along the bone when the view foreshortens it; absent when never. */
  stretch?: number[];
  extra?: string;
}

type Bone = { from: JointName; to: JointName; length: number; r: readonly [number, number] };

function bonesOf(figure: Figure): Record<string, Bone> {
  const side = figure.view === 'side';
  const out: Record<string, Bone> = {
    trunk: { from: 'hip', to: 'chest', length: len.trunk, r: side ? radius.trunkSide : radius.trunkFront },
    neck: { from: 'chest', to: 'head', length: len.neck + len.head / 2, r: radius.neck },
  };
  for (const S of ['A', 'B'] as const) {
    out[`thigh${S}`] = { from: `hip${S}`, to: `knee${S}`, length: len.thigh, r: radius.thigh };
    out[`shank${S}`] = { from: `knee${S}`, to: `ankle${S}`, length: len.shank, r: radius.shank };
    out[`upperArm${S}`] = { from: `shoulder${S}`, to: `elbow${S}`, length: len.upperArm, r: radius.upperArm };
    out[`forearm${S}`] = { from: `elbow${S}`, to: `wrist${S}`, length: len.forearm, r: radius.forearm };
  }
  return out;
}

/** The capsule of a bone, drawn in the frame of whichever end is the child in the rig. */
function bonePart(rig: Rig, bone: Bone, tone: Part['tone']): Part {
  const childIsTo = rig.parent[bone.to as RigNode] === bone.from;
  const node = (childIsTo ? bone.to : bone.from) as RigNode;
  const [r0, r1] = childIsTo ? bone.r : [bone.r[1], bone.r[0]];
  const full = bone.length * scale;
  const stretch = rig.values.map((value) => (value[node]?.length ?? full) / full);
  const foreshortened = stretch.some((s) => Math.abs(s - 1) > 0.01);
  return { node, tone, d: capsule(full, r0 * scale, r1 * scale), ...(foreshortened ? { stretch } : {}) };
}

/** Turns a point of the scene, as it is in keyframe 1, into the frame of a rig joint. */
function local(rig: Rig, placed: readonly PlacedPose[], node: RigNode, world: Point): Point {
  const origin = toDrawing(placed[0]!.joints[node]);
  const p = toDrawing(world);
  const a = (-(rig.angle[0]![node] ?? 0) * Math.PI) / 180;
  const dx = p.x - origin.x, dy = p.y - origin.y;
  return { x: dx * Math.cos(a) - dy * Math.sin(a), y: dx * Math.sin(a) + dy * Math.cos(a) };
}

/** The foot, heel to toe, in the frame where the rig carries it. */
function footPart(rig: Rig, placed: readonly PlacedPose[], S: 'A' | 'B', side: boolean, tone: Part['tone']): Part {
  const joints = placed[0]!.joints;
  const ankle = joints[`ankle${S}`], heel = joints[`heel${S}`], toe = joints[`toe${S}`];
  const node: RigNode = side ? `toe${S}` : `ankle${S}`;
  const at = (p: Point) => pt(local(rig, placed, node, p));
  const along = (t: number, up: number) => {
    // A point t of the way from heel to toe, `up` body heights above the sole.
    const ux = toe.x - heel.x, uy = toe.y - heel.y, l = Math.hypot(ux, uy) || 1;
    return { x: heel.x + ux * t - (uy / l) * up, y: heel.y + uy * t + (ux / l) * up };
  };
  if (!side) {
    const w = 0.028;
    const pts = [
      { x: ankle.x - w * 0.8, y: ankle.y },
      { x: ankle.x - w, y: ankle.y - len.ankleHeight },
      { x: ankle.x + w, y: ankle.y - len.ankleHeight },
      { x: ankle.x + w * 0.8, y: ankle.y },
    ];
    return { node, tone, d: `M${at(pts[0]!)}L${at(pts[1]!)}L${at(pts[2]!)}L${at(pts[3]!)}Z` };
  }
  const d =
    `M${at({ x: ankle.x + (heel.x - ankle.x) * 0.6, y: ankle.y + (heel.y - ankle.y) * 0.3 })}` +
    `Q${at(along(-0.08, 0.005))} ${at(along(0.06, 0))}` +
    `L${at(along(0.93, 0))}Q${at(along(1.03, 0.012))} ${at(along(0.9, 0.024))}` +
    `L${at({ x: ankle.x + (toe.x - ankle.x) * 0.25, y: ankle.y + 0.018 })}Z`;
  return { node, tone, d };
}

function handPart(S: 'A' | 'B', tone: Part['tone']): Part {
  const l = len.hand * scale * 0.75;
  return { node: `wrist${S}`, tone, d: `M-1 -2Q${n(l * 0.55)} -3.4 ${n(l * 0.88)} -1.8Q${n(l + 0.8)} 0 ${n(l * 0.88)} 1.8Q${n(l * 0.55)} 3.4 -1 2Z` };
}

function headPart(figure: Figure, tone: Part['tone']): Part {
  const r = radius.head * scale;
  const face =
    figure.view === 'side'
      ? `<path d="M2 ${n(r - 0.4)}L-1.4 ${n(r + 2)}L-3 ${n(r - 0.9)}Z"/><circle cx="1.6" cy="${n(r * 0.55)}" r=".9" fill="${palette.ground}" stroke="none"/>`
      : `<circle cx="1.2" cy="2.2" r=".8" fill="${palette.ground}" stroke="none"/><circle cx="1.2" cy="-2.2" r=".8" fill="${palette.ground}" stroke="none"/>`;
  return { node: 'head', tone, d: `M${n(-r)} 0A${n(r)} ${n(r)} 0 1 1 ${n(r)} 0A${n(r)} ${n(r)} 0 1 1 ${n(-r)} 0Z`, extra: face };
}

/** The trunk seen from the front: square shoulders, a waist, hips as wide as the table's hip width. */
function frontTrunk(rig: Rig): Part {
  const l = len.trunk * scale, [hip, shoulder] = radius.trunkFront.map((r) => r * scale) as [number, number];
  const s = `M2 ${n(-shoulder + 4)}Q1 ${n(-shoulder)} -4 ${n(-shoulder)}L${n(-l * 0.55)} ${n(-hip * 0.85)}Q${n(-l * 0.8)} ${n(-hip)} ${n(-l)} ${n(-hip)}`;
  const bottom = `Q${n(-l - 6)} ${n(-hip * 0.9)} ${n(-l - 6)} 0Q${n(-l - 6)} ${n(hip * 0.9)} ${n(-l)} ${n(hip)}`;
  const back = `Q${n(-l * 0.8)} ${n(hip)} ${n(-l * 0.55)} ${n(hip * 0.85)}L-4 ${n(shoulder)}Q1 ${n(shoulder)} 2 ${n(shoulder - 4)}Z`;
  return { node: rig.parent.chest === 'hip' ? 'chest' : 'hip', tone: 'near', d: s + bottom + back };
}

/** The parts in the order they are painted: what is further away first. */
function parts(figure: Figure, rig: Rig, placed: readonly PlacedPose[]): Part[] {
  const bones = bonesOf(figure);
  const side = figure.view === 'side';
  const far = side ? 'far' : 'near';
  const arm = (S: 'A' | 'B', tone: Part['tone']) => [bonePart(rig, bones[`upperArm${S}`]!, tone), bonePart(rig, bones[`forearm${S}`]!, tone), handPart(S, tone)];
  const leg = (S: 'A' | 'B', tone: Part['tone']) => [bonePart(rig, bones[`thigh${S}`]!, tone), bonePart(rig, bones[`shank${S}`]!, tone), footPart(rig, placed, S, side, tone)];
  const trunk = side ? bonePart(rig, bones.trunk!, 'near') : frontTrunk(rig);
  const neck = bonePart(rig, bones.neck!, 'near');
  const head = headPart(figure, 'near');
  return side
    ? [...arm('B', far), ...leg('B', far), neck, trunk, ...leg('A', 'near'), head, ...arm('A', 'near')]
    : [...leg('A', 'near'), ...leg('B', 'near'), neck, trunk, head, ...arm('A', 'near'), ...arm('B', 'near')];
}

function groupTransform(rig: Rig, k: number, node: RigNode): string {
  if (node === rig.root) return `translate(${pt(rig.rootAt[k]!)})`;
  const value = rig.values[k]![node]!;
  return `rotate(${n(value.turn)})translate(${n(value.length)} 0)`;
}

/** The body: each part inside the nested groups of its joint's path, sharing groups where parts follow each other. */
function bodyMarkup(rig: Rig, list: readonly Part[], k: number, colours: { near: string; far: string }): string {
  let out = '';
  const open: RigNode[] = [];
  for (const part of list) {
    const path = pathTo(rig, part.node);
    let shared = 0;
    while (shared < open.length && shared < path.length && open[shared] === path[shared]) shared++;
    while (open.length > shared) {
      out += '</g>';
      open.pop();
    }
    for (const node of path.slice(shared)) {
      out += `<g transform="${groupTransform(rig, k, node)}">`;
      open.push(node);
    }
    const stretch = part.stretch ? ` transform="scale(${n(part.stretch[k]!)} 1)"` : '';
    const fill = part.tone === 'far' ? ` fill="${colours.far}"` : '';
    out += part.extra ? `<g${fill}><path d="${part.d}"/>${part.extra}</g>` : `<path d="${part.d}"${fill}${stretch}/>`;
  }
  out += '</g>'.repeat(open.length);
  return `<g fill="${colours.near}" stroke="${palette.outline}" stroke-width="1.2" stroke-linejoin="round">${out}</g>`;
}

function box(x0: number, x1: number, y0: number, y1: number): string {
  const a = toDrawing({ x: x0, y: y1 }), b = toDrawing({ x: x1, y: y0 });
  return `<rect x="${n(a.x)}" y="${n(a.y)}" width="${n(b.x - a.x)}" height="${n(b.y - a.y)}"/>`;
}

/** The props, drawn simply in one grey. */
function propMarkup(shapes: readonly PropShape[], figure: Figure, placed: PlacedPose): string {
  const line = (points: Point[]) => `M${points.map((p) => pt(toDrawing(p))).join('L')}`;
  const lines: string[] = [];
  const filled: string[] = [];
  shapes.forEach((shape, index) => {
    const prop = figure.props[index]!;
    const [first] = shape.solid.length ? shape.solid : shape.touch;
    if (!first) return;
    switch (shape.kind) {
      case 'chair': {
        const [seat, back] = shape.solid as [typeof first, typeof first];
        const s = propSize.seatHeight;
        if (figure.view === 'front') {
          lines.push(
            line([{ x: seat.x0, y: 0 }, { x: seat.x0, y: back.y1 }, { x: seat.x1, y: back.y1 }, { x: seat.x1, y: 0 }]),
            line([{ x: seat.x0, y: s }, { x: seat.x1, y: s }]),
          );
        } else {
          const rear = (back.x0 + back.x1) / 2;
          const front = Math.abs(seat.x0 - rear) > Math.abs(seat.x1 - rear) ? seat.x0 : seat.x1;
          lines.push(line([{ x: front, y: 0 }, { x: front, y: s }, { x: rear, y: s }, { x: rear, y: back.y1 }]), line([{ x: rear, y: 0 }, { x: rear, y: s }]));
        }
        break;
      }
      case 'rail':
        lines.push(line([{ x: prop.x, y: 0 }, { x: prop.x, y: first.y1 }]), line([{ x: first.x0, y: first.y1 }, { x: first.x1, y: first.y1 }]));
        break;
      case 'band': {
        lines.push(line([{ x: prop.x, y: 0 }, { x: prop.x, y: first.y1 }]));
        const hands = placed.pose.contacts.filter((c) => c.part === 'hand' && c.on === 'band');
        for (const hand of hands) {
          const S = hand.side.toUpperCase() as 'A' | 'B';
          lines.push(line([shape.anchor!, placed.joints[`wrist${S}`]]));
        }
        break;
      }
      case 'stairs':
        filled.push(...shape.solid.map((step) => box(step.x0, step.x1, step.y0, step.y1)));
        break;
      case 'wall':
        filled.push(box(first.x0, first.x1, 0, 1.05));
        break;
      default:
        filled.push(box(first.x0, first.x1, first.y0, first.y1));
    }
  });
  const fills = filled.length ? `<g fill="${palette.propFill}" stroke="${palette.prop}" stroke-width="1.5">${filled.join('')}</g>` : '';
  const strokes = lines.length ? `<path d="${lines.join('')}" fill="none" stroke="${palette.prop}" stroke-width="2.5" stroke-linecap="round"/>` : '';
  return fills + strokes;
}

const arrowCandidates: { key: string; node: RigNode; weight: number }[] = [
  { key: 'hip', node: 'hip', weight: 1 },
  { key: 'head', node: 'head', weight: 0.6 },
  { key: 'a-hand', node: 'wristA', weight: 1 },
  { key: 'b-hand', node: 'wristB', weight: 1 },
  { key: 'a-foot', node: 'ankleA', weight: 1 },
  { key: 'b-foot', node: 'ankleB', weight: 1 },
];

/** What the arrow into keyframe `k` follows: the one given, or the hand, foot, hip or head that moved most. */
function arrowNode(figure: Figure, placed: readonly PlacedPose[], k: number): RigNode | undefined {
  const given = placed[k]!.pose.arrow;
  if (given === 'none') return undefined;
  if (given) {
    const [sideName, part] = given.split('-');
    if (!part) return given as RigNode;
    const names = figure.view === 'side' ? { near: 'A', far: 'B' } : { left: 'A', right: 'B' };
    return `${part === 'hand' ? 'wrist' : 'ankle'}${names[sideName as keyof typeof names]}` as RigNode;
  }
  let best: RigNode | undefined, most = 0.05;
  for (const { node, weight } of arrowCandidates) {
    const a = placed[k - 1]!.joints[node], b = placed[k]!.joints[node];
    const moved = Math.hypot(b.x - a.x, b.y - a.y) * weight;
    if (moved > most) [best, most] = [node, moved];
  }
  return best;
}

/** The path the joint took from keyframe k − 1 to k, a little short of both ends, with its head. */
function arrowMarkup(figure: Figure, rig: Rig, placed: readonly PlacedPose[], k: number): string {
  const node = k === 0 ? undefined : arrowNode(figure, placed, k);
  if (!node) return '';
  const points = Array.from({ length: 9 }, (_, i) => interpolatedPosition(rig, node, k - 1, i / 8));
  const trimmed = points.slice(1, -1);
  const end = trimmed.at(-1)!, before = trimmed.at(-2)!;
  const a = Math.atan2(end.y - before.y, end.x - before.x);
  const head = [a + 2.6, a - 2.6].map((t) => ({ x: end.x + 4 * Math.cos(t), y: end.y + 4 * Math.sin(t) }));
  return (
    `<g data-arrow="" fill="${palette.arrow}" stroke="${palette.arrow}" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">` +
    `<path d="M${trimmed.map(pt).join('L')}" fill="none"/><path d="M${pt(head[0]!)}L${pt(end)}L${pt(head[1]!)}Z"/></g>`
  );
}

type Arrow = readonly [tail: Point, tip: Point];

/** A short, thick arrow from `tail` to `tip`, in body heights. */
function pressArrow([tail, tip]: Arrow): string {
  const [a, b] = [toDrawing(tail), toDrawing(tip)];
  const t = Math.atan2(b.y - a.y, b.x - a.x);
  const [h1, h2] = [t + 2.5, t - 2.5].map((u) => ({ x: b.x + 5 * Math.cos(u), y: b.y + 5 * Math.sin(u) })) as [Point, Point];
  return `M${pt(a)}L${pt(b)}M${pt(h1)}L${pt(b)}L${pt(h2)}Z`;
}

/**
 * What presses or tightens in a keyframe, as arrows in body heights: from the part into the
 * surface it presses; the shoulders drawn along the back towards the hips; any other part
 * tightening between two arrows that point at it.
 */
function pressArrows(figure: Figure, shapes: readonly PropShape[], { pose, joints }: PlacedPose): Arrow[] {
  const spine = { x: joints.chest.x - joints.hip.x, y: joints.chest.y - joints.hip.y };
  const l = Math.hypot(spine.x, spine.y) || 1;
  const u = { x: spine.x / l, y: spine.y / l };
  // The back faces a quarter turn anticlockwise from the spine (the person faces right); from the front it is hidden.
  const back = figure.view === 'side' ? { x: -u.y, y: u.x } : { x: 0, y: 0 };
  const along = (p: Point, d: Point, k: number): Point => ({ x: p.x + d.x * k, y: p.y + d.y * k });
  return pose.press.flatMap((press): Arrow[] => {
    const { at, r } = pressedPart(joints, press);
    const boxes = press.on ? surfaceBoxes(shapes, press.on) : undefined;
    if (boxes) {
      const q = boxes
        .map((b) => ({ x: Math.min(Math.max(at.x, b.x0), b.x1), y: Math.min(Math.max(at.y, b.y0), b.y1) }))
        .reduce((best, p) => (Math.hypot(p.x - at.x, p.y - at.y) < Math.hypot(best.x - at.x, best.y - at.y) ? p : best));
      const gap = Math.hypot(q.x - at.x, q.y - at.y);
      const into = gap > 1e-6 ? { x: (q.x - at.x) / gap, y: (q.y - at.y) / gap } : { x: -back.x, y: -back.y };
      return [[along(q, into, -0.06), along(q, into, 0.05)]];
    }
    const out = along(at, back, r + 0.035);
    if (press.part === 'shoulders') return [[along(out, u, 0.05), along(out, u, -0.09)]];
    // From the side the two arrows lie along the body; from the front they come in from either side.
    const [axis, near] = figure.view === 'side' ? [u, 0.025] : [{ x: 1, y: 0 }, r + 0.025];
    return [
      [along(out, axis, near + 0.085), along(out, axis, near)],
      [along(out, axis, -near - 0.085), along(out, axis, -near)],
    ];
  });
}

/** The press arrows of a keyframe; a white edge keeps them readable where they cross the body. */
function pressMarkup(arrows: readonly Arrow[]): string {
  if (!arrows.length) return '';
  const path = arrows.map(pressArrow).join('');
  return (
    `<g data-arrow="press" stroke-linecap="round" stroke-linejoin="round">` +
    `<path d="${path}" fill="${palette.ground}" stroke="${palette.ground}" stroke-width="7"/>` +
    `<path d="${path}" fill="${palette.arrow}" stroke="${palette.arrow}" stroke-width="3.5"/></g>`
  );
}

/** Everything the drawings cover, in drawing units, with a margin. */
function viewBox(placed: readonly PlacedPose[], shapes: readonly PropShape[], arrows: readonly Arrow[][]) {
  const xs: number[] = [], ys: number[] = [0];
  const margin = 8;
  for (const [k, { joints }] of placed.entries()) {
    for (const p of [...Object.values(joints), ...arrows[k]!.flat()]) {
      const d = toDrawing(p);
      xs.push(d.x - margin, d.x + margin);
      ys.push(d.y - margin, d.y + margin);
    }
  }
  for (const shape of shapes) {
    for (const b of [...shape.solid, ...shape.touch]) {
      xs.push(b.x0 * scale, b.x1 * scale);
      ys.push(-Math.min(b.y1, 1.05) * scale);
    }
  }
  const x0 = Math.min(...xs) - 3, x1 = Math.max(...xs) + 3, y0 = Math.min(...ys) - 3, y1 = Math.max(...ys) + 3;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** One drawing of a figure per keyframe. */
export interface RenderedFigure {
  /** The `<svg>` of each keyframe, in order, with `data-keyframe` 1, 2, … */
  keyframes: string[];
  width: number;
  height: number;
}

/**
 * Draws every keyframe of the figure. `names` are the drawings' accessible names, one per keyframe
 * (what the body does; see describe.ts).
 */
export function renderFigure(figure: Figure, names: readonly string[]): RenderedFigure {
  const { shapes, placed } = placeFigure(figure);
  const rig = buildRig(placed, figure.view);
  const list = parts(figure, rig, placed);
  const presses = placed.map((keyframe) => pressArrows(figure, shapes, keyframe));
  const box = viewBox(placed, shapes, presses);
  const ground = `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" fill="${palette.ground}"/>`;
  const floor = `<path d="M${n(box.x)} 0H${n(box.x + box.width)}" stroke="${palette.prop}" stroke-width="2"/>`;
  const keyframes = placed.map((keyframe, k) => {
    const colours = k === 0 ? palette.start : palette.full;
    const label = (names[k] ?? '').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(box.x)} ${n(box.y)} ${n(box.width)} ${n(box.height)}" role="img" aria-label="${label}" data-keyframe="${k + 1}">` +
      ground +
      floor +
      propMarkup(shapes, figure, keyframe) +
      bodyMarkup(rig, list, k, colours) +
      arrowMarkup(figure, rig, placed, k) +
      pressMarkup(presses[k]!) +
      '</svg>'
    );
  });
  return { keyframes, width: box.width, height: box.height };
}
