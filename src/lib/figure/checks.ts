/**
 * The body's limits, checked on every keyframe of a figure. Each problem is a sentence that names
 * the keyframe and the joint or part, so a failed build says what to change.
 */
import type { Figure } from '../../schemas/figure.ts';
import { segmentWidth } from './anthropometry.ts';
import { centreOfMass, samples, segments } from './body.ts';
import { type PlacedPose, type Pose, placeFigure, pressedPart, sideNames } from './kinematics.ts';
import { type Joint, rangeOfMotion } from './rangeOfMotion.ts';
import { type PropShape, signedDistance, surfaceBoxes } from './scene.ts';

/**
 * How far a spine-safe exercise may lean the trunk forward. The figure's trunk is straight, so a
 * lean is a hinge at the hips with a straight back, which the sources allow ("lean forward a
 * little from your hips"); bending forward is what they warn against. 20° brings the shoulders
 * about 10 cm forward, enough to get the weight over the feet when standing up from a chair,
 * and still reads as upright. Lying down, lifting the trunk off the mat is a sit-up, so only 5°.
 */
export const spineSafeLean = { upright: 20, lying: 5 } as const;

/** How far a hand or foot may be from what it touches, or sink into it: about 3 cm. */
export const contactTolerance = 0.02;

/** How far the centre of mass may lie beyond the edge of the feet: about 1 cm. */
export const balanceTolerance = 0.006;

const limbJoints = ['shoulder', 'shoulderAbduction', 'elbow', 'hip', 'hipAbduction', 'knee', 'ankle'] as const;
const cm = (h: number) => `${Math.round(h * 170)} cm`;

function name(index: number): string {
  return `keyframe ${index + 1}`;
}

function rangeProblems(pose: Pose, view: Figure['view'], where: string): string[] {
  const problems: string[] = [];
  const check = (joint: Joint, value: number, side?: string) => {
    const { min, max } = rangeOfMotion[joint];
    if (value < min || value > max) {
      problems.push(`${where}: ${joint}${side ? ` (${side})` : ''} ${value}° is outside ${min}–${max}° (AAOS)`);
    }
  };
  check('neck', pose.neck);
  check('trunk', pose.trunk);
  check('trunkTwist', pose.trunkTwist);
  for (const side of ['a', 'b'] as const) {
    for (const joint of limbJoints) check(joint, pose.limbs[side][joint], sideNames[view][side]);
  }
  return problems;
}

function spineProblems(pose: Pose, where: string): string[] {
  const lying = pose.placement.pose.startsWith('lying');
  const limit = lying ? spineSafeLean.lying : spineSafeLean.upright;
  const problems: string[] = [];
  if (pose.trunk > limit) {
    problems.push(`${where}: trunk ${pose.trunk}° bends forward more than ${limit}° on a spine-safe exercise`);
  }
  if (pose.trunkTwist !== 0) problems.push(`${where}: trunkTwist ${pose.trunkTwist}° twists the spine on a spine-safe exercise`);
  return problems;
}

/**
 * Horizontal reach of a supporting foot in the view, counting only what is down: heel to toe
 * from the side when both touch (only the heel or the ball when the other end is lifted), its
 * width from the front.
 */
function footSpan(placed: PlacedPose, side: 'a' | 'b', view: Figure['view']): [number, number] {
  const S = side.toUpperCase() as 'A' | 'B';
  const { joints } = placed;
  if (view === 'front') {
    const x = joints[`ankle${S}`].x;
    return [x - segmentWidth.foot / 2, x + segmentWidth.foot / 2];
  }
  const sole = [joints[`heel${S}`], joints[`toe${S}`]];
  const lowest = Math.min(...sole.map((p) => p.y));
  const down = sole.filter((p) => p.y - lowest <= contactTolerance).map((p) => p.x);
  return [Math.min(...down), Math.max(...down)];
}

function balanceProblems(placed: PlacedPose, view: Figure['view'], where: string): string[] {
  const { pose } = placed;
  if (pose.placement.pose !== 'standing') return [];
  const feet = pose.contacts.filter((contact) => contact.part === 'foot');
  if (feet.length === 0) return [`${where}: standing, but no foot touches the floor or a prop (add a foot contact)`];
  if (pose.contacts.some((contact) => contact.part === 'hand')) return [];
  const spans = feet.map((foot) => footSpan(placed, foot.side, view));
  const lo = Math.min(...spans.map(([a]) => a)), hi = Math.max(...spans.map(([, b]) => b));
  const com = centreOfMass(placed.joints, view).x;
  if (com < lo - balanceTolerance || com > hi + balanceTolerance) {
    const off = com < lo ? lo - com : com - hi;
    const way = view === 'front' ? 'to the side of' : com > hi ? 'in front of' : 'behind';
    return [`${where}: out of balance, the centre of mass is ${cm(off)} ${way} the supporting feet and no hand holds on`];
  }
  return [];
}

function contactProblems(placed: PlacedPose, view: Figure['view'], shapes: readonly PropShape[], where: string): string[] {
  const problems: string[] = [];
  for (const contact of placed.pose.contacts) {
    const boxes = surfaceBoxes(shapes, contact.on);
    const part = `${sideNames[view][contact.side]}-${contact.part}`;
    if (!boxes) {
      problems.push(`${where}: ${part} touches the ${contact.on}, but the scene has no ${contact.on} (add it to props)`);
      continue;
    }
    // A band is held wherever the hand is; it needs its post in the scene, nothing more.
    if (contact.on === 'band') continue;
    const S = contact.side.toUpperCase() as 'A' | 'B';
    const points =
      contact.part === 'foot'
        ? [placed.joints[`heel${S}`], placed.joints[`toe${S}`]]
        : [placed.joints[`wrist${S}`], placed.joints[`finger${S}`]];
    const gap = Math.min(...boxes.flatMap((b) => points.map((p) => signedDistance(p, b))));
    if (gap > contactTolerance) problems.push(`${where}: ${part} should touch the ${contact.on} but is ${cm(gap)} away`);
  }
  return problems;
}

/** A part that presses into a surface has to touch it, as a hand or foot contact does. */
function pressProblems(placed: PlacedPose, view: Figure['view'], shapes: readonly PropShape[], where: string): string[] {
  const problems: string[] = [];
  for (const press of placed.pose.press) {
    if (!press.on) continue;
    const part = press.side ? `${sideNames[view][press.side]}-${press.part}` : press.part;
    const boxes = surfaceBoxes(shapes, press.on);
    if (!boxes) {
      problems.push(`${where}: ${part} presses into the ${press.on}, but the scene has no ${press.on} (add it to props)`);
      continue;
    }
    const { at, r } = pressedPart(placed.joints, press);
    const gap = Math.min(...boxes.map((b) => signedDistance(at, b))) - r;
    if (gap > contactTolerance) problems.push(`${where}: ${part} should press into the ${press.on} but is ${cm(gap)} away`);
  }
  return problems;
}

function passThroughProblems(placed: PlacedPose, view: Figure['view'], shapes: readonly PropShape[], where: string): string[] {
  const problems: string[] = [];
  const solids = shapes.flatMap((shape) => shape.solid.map((solid) => ({ kind: shape.kind, solid })));
  for (const segment of segments(view)) {
    const part = segment.side ? `${segment.name} (${sideNames[view][segment.side]})` : segment.name;
    const points = samples(placed.joints, segment);
    const lowest = Math.min(...points.map(({ at, r }) => at.y - r));
    if (lowest < -contactTolerance) problems.push(`${where}: ${part} goes ${cm(-lowest)} through the floor`);
    for (const { kind, solid } of solids) {
      const depth = Math.max(...points.map(({ at, r }) => r - signedDistance(at, solid)));
      if (depth > contactTolerance) {
        problems.push(`${where}: ${part} goes ${cm(depth)} into the ${kind}`);
        break;
      }
    }
  }
  return problems;
}

/** Options that come from the exercise, not the figure. */
export interface CheckOptions {
  /**
   * The exercise is marked spine-safe: no keyframe may bend the trunk forward or twist it. A list
   * names the keyframes (1, 2, …) that must be, as for an everyday task whose first keyframe
   * shows the way to avoid.
   */
  spineSafe: boolean | readonly number[];
}

/** Every problem of the figure, in keyframe order; an empty list means it passes. */
export function checkFigure(figure: Figure, { spineSafe }: CheckOptions): string[] {
  const { shapes, placed } = placeFigure(figure);
  const mustBeSpineSafe = (index: number) => (typeof spineSafe === 'boolean' ? spineSafe : spineSafe.includes(index + 1));
  return placed.flatMap((keyframe, index) => {
    const where = name(index);
    const { pose } = keyframe;
    return [
      ...rangeProblems(pose, figure.view, where),
      ...(mustBeSpineSafe(index) ? spineProblems(pose, where) : []),
      ...balanceProblems(keyframe, figure.view, where),
      ...contactProblems(keyframe, figure.view, shapes, where),
      ...pressProblems(keyframe, figure.view, shapes, where),
      ...passThroughProblems(keyframe, figure.view, shapes, where),
    ];
  });
}
