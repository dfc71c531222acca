import type { View } from '../../schemas/figure.ts';
import { radius, segmentMass } from './anthropometry.ts';
import type { JointName, Joints, Point, Side } from './kinematics.ts';

/** A body segment between two points, with its thickness and its share of the body's mass. */
export interface Segment {
  name: string;
  side?: Side;
  from: JointName;
  to: JointName;
  /** Half-thickness at `from` and at `to`, in body heights. */
  r: readonly [number, number];
  mass: { mass: number; com: number };
}

/** The segments of the body in a view (the trunk is wider seen from the front). */
export function segments(view: View): Segment[] {
  const limbs = (['a', 'b'] as const).flatMap((side): Segment[] => {
    const S = side.toUpperCase() as 'A' | 'B';
    return [
      { name: 'thigh', side, from: `hip${S}`, to: `knee${S}`, r: radius.thigh, mass: segmentMass.thigh },
      { name: 'shank', side, from: `knee${S}`, to: `ankle${S}`, r: radius.shank, mass: segmentMass.shank },
      // The sole, heel to toe, is what touches the floor; its middle lies within 2 cm of Dempster's
      // foot centre (halfway from the ankle to the ball of the foot).
      { name: 'foot', side, from: `heel${S}`, to: `toe${S}`, r: [0, 0], mass: segmentMass.foot },
      { name: 'upper arm', side, from: `shoulder${S}`, to: `elbow${S}`, r: radius.upperArm, mass: segmentMass.upperArm },
      { name: 'forearm', side, from: `elbow${S}`, to: `wrist${S}`, r: radius.forearm, mass: segmentMass.forearm },
      // Dempster's hand ends at the knuckles; ours at the fingertips, which moves its centre by under 3 cm.
      { name: 'hand', side, from: `wrist${S}`, to: `finger${S}`, r: [0.008, 0.008], mass: segmentMass.hand },
    ];
  });
  return [
    { name: 'trunk', from: 'hip', to: 'chest', r: view === 'side' ? radius.trunkSide : radius.trunkFront, mass: segmentMass.trunk },
    { name: 'head', from: 'chest', to: 'head', r: [radius.neck[0], radius.head], mass: segmentMass.headNeck },
    ...limbs,
  ];
}

const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** The centre of mass of the posed body (Dempster's masses). */
export function centreOfMass(joints: Joints, view: View): Point {
  let x = 0, y = 0, total = 0;
  for (const segment of segments(view)) {
    const at = lerp(joints[segment.from], joints[segment.to], segment.mass.com);
    x += at.x * segment.mass.mass;
    y += at.y * segment.mass.mass;
    total += segment.mass.mass;
  }
  return { x: x / total, y: y / total };
}

/** Points along a segment's axis with the thickness there, for the geometry checks. */
export function samples(joints: Joints, segment: Segment, count = 6): { at: Point; r: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const t = i / (count - 1);
    return { at: lerp(joints[segment.from], joints[segment.to], t), r: segment.r[0] + (segment.r[1] - segment.r[0]) * t };
  });
}
