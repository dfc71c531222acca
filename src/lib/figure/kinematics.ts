/**
 * Forward kinematics: joint angles to joint positions, placed in the scene.
 *
 * The body is posed in 3D (x forward, y up, z to the person's right) from the hip centre, then
 * projected onto the view: a side view keeps x and y and looks at the person's "near" side; a
 * front view looks at the person's face, so their left side (−z) is on the reader's right.
 * The trunk is one straight segment (hip to shoulders): a lean is a hinge at the hips with a
 * straight back, so no drawing can round the back.
 */
import type { Figure, LimbAngles, Placement, Surface, View } from '../../schemas/figure.ts';
import { jointOffset, seatToHip, radius, segmentLength as len } from './anthropometry.ts';
import { type PropShape, propSize, sceneShapes, surfaceHeight } from './scene.ts';

export type Side = 'a' | 'b';
export interface Point {
  x: number;
  y: number;
}

/** One keyframe with its sides named `a` (near, or the person's left) and `b` (far, or right). */
export interface Pose {
  step: number;
  placement: Placement;
  neck: number;
  trunk: number;
  trunkTwist: number;
  limbs: Record<Side, LimbAngles>;
  contacts: { part: 'hand' | 'foot'; side: Side; on: Surface }[];
  /** What presses or tightens; an elbow has a side, the shoulders and the bottom do not. */
  press: { part: 'elbow' | 'shoulders' | 'bottom'; side?: Side; on?: Surface }[];
  arrow?: string;
}

/** How the schema names each side in a view, `a` first. */
export const sideNames = { side: { a: 'near', b: 'far' }, front: { a: 'left', b: 'right' } } as const satisfies Record<View, Record<Side, string>>;

/** The figure's keyframes with their sides as `a` and `b`. */
export function poses(figure: Figure): Pose[] {
  const names = sideNames[figure.view];
  return figure.keyframes.map((keyframe) => {
    const limbs = keyframe as unknown as Record<string, LimbAngles>;
    return {
      step: keyframe.step,
      placement: keyframe.placement,
      neck: keyframe.neck,
      trunk: keyframe.trunk,
      trunkTwist: keyframe.trunkTwist,
      limbs: { a: limbs[names.a]!, b: limbs[names.b]! },
      contacts: keyframe.contacts.map(({ part, on }) => {
        const [name, kind] = part.split('-') as [string, 'hand' | 'foot'];
        return { part: kind, side: name === names.a ? ('a' as const) : ('b' as const), on };
      }),
      press: keyframe.press.map(({ part, on }) => {
        const [name, kind] = part.split('-') as [string, 'elbow' | undefined];
        const side = kind ? { side: name === names.a ? ('a' as const) : ('b' as const) } : {};
        return { part: kind ?? (name as 'shoulders' | 'bottom'), ...side, ...(on ? { on } : {}) };
      }),
      arrow: keyframe.arrow,
    };
  });
}

/** Every point the drawing and the checks use. */
export const jointNames = [
  'hip', 'chest', 'head',
  'hipA', 'kneeA', 'ankleA', 'heelA', 'toeA', 'shoulderA', 'elbowA', 'wristA', 'fingerA',
  'hipB', 'kneeB', 'ankleB', 'heelB', 'toeB', 'shoulderB', 'elbowB', 'wristB', 'fingerB',
] as const;
export type JointName = (typeof jointNames)[number];
export type Joints = Record<JointName, Point>;

type Vec = [number, number, number];
type Mat = [Vec, Vec, Vec];

const rad = (deg: number) => (deg * Math.PI) / 180;
const identity: Mat = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
function mul(a: Mat, b: Mat): Mat {
  return a.map((row) => [0, 1, 2].map((j) => row[0] * b[0][j]! + row[1] * b[1][j]! + row[2] * b[2][j]!)) as Mat;
}
const apply = (m: Mat, v: Vec): Vec => m.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]) as Vec;
const add = (a: Vec, b: Vec): Vec => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
/** Turns the x axis towards y: positive swings a hanging limb forward. */
function rotZ(deg: number): Mat {
  const c = Math.cos(rad(deg)), s = Math.sin(rad(deg));
  return [[c, -s, 0], [s, c, 0], [0, 0, 1]];
}
function rotX(deg: number): Mat {
  const c = Math.cos(rad(deg)), s = Math.sin(rad(deg));
  return [[1, 0, 0], [0, c, -s], [0, s, c]];
}
function rotY(deg: number): Mat {
  const c = Math.cos(rad(deg)), s = Math.sin(rad(deg));
  return [[c, 0, s], [0, 1, 0], [-s, 0, c]];
}

/** The whole body turned for lying: on the back the head points left, face down it points right. */
function baseRotation(pose: Placement['pose']): Mat {
  if (pose === 'lying-back') return rotZ(90);
  if (pose === 'lying-front') return rotZ(-90);
  return identity;
}

/** Which way is "out" for a side: the person's right is +z. */
const zSign = (view: View, side: Side) => (view === 'side' ? (side === 'a' ? 1 : -1) : side === 'a' ? -1 : 1);

/** Joint positions relative to the hip centre, before placement, projected onto the view. */
export function posedJoints(pose: Pose, view: View): Joints {
  const base = mul(baseRotation(pose.placement.pose), rotZ(-pose.trunk));
  const shoulders = mul(base, rotY(pose.trunkTwist));
  const points: Partial<Record<JointName, Vec>> = { hip: [0, 0, 0] };
  const chest = apply(shoulders, [0, len.trunk, 0]);
  points.chest = chest;
  points.head = add(chest, apply(mul(shoulders, rotZ(-pose.neck)), [0, len.neck + len.head / 2, 0]));
  for (const side of ['a', 'b'] as const) {
    const s = zSign(view, side);
    const angles = pose.limbs[side];
    const S = side.toUpperCase() as 'A' | 'B';
    const thigh = mul(mul(base, rotX(-s * angles.hipAbduction)), rotZ(angles.hip));
    const shank = mul(thigh, rotZ(-angles.knee));
    const foot = mul(shank, rotZ(-angles.ankle));
    const hip = apply(base, [0, 0, s * jointOffset.hip]);
    const knee = add(hip, apply(thigh, [0, -len.thigh, 0]));
    const ankle = add(knee, apply(shank, [0, -len.shank, 0]));
    points[`hip${S}`] = hip;
    points[`knee${S}`] = knee;
    points[`ankle${S}`] = ankle;
    points[`heel${S}`] = add(ankle, apply(foot, [-jointOffset.heel, -len.ankleHeight, 0]));
    points[`toe${S}`] = add(ankle, apply(foot, [len.foot - jointOffset.heel, -len.ankleHeight, 0]));
    const upperArm = mul(mul(shoulders, rotX(-s * angles.shoulderAbduction)), rotZ(angles.shoulder));
    const forearm = mul(upperArm, rotZ(angles.elbow));
    const shoulder = apply(shoulders, [0, len.trunk, s * jointOffset.shoulder]);
    const elbow = add(shoulder, apply(upperArm, [0, -len.upperArm, 0]));
    const wrist = add(elbow, apply(forearm, [0, -len.forearm, 0]));
    points[`shoulder${S}`] = shoulder;
    points[`elbow${S}`] = elbow;
    points[`wrist${S}`] = wrist;
    points[`finger${S}`] = add(wrist, apply(forearm, [0, -len.hand, 0]));
  }
  const project = ([x, y, z]: Vec): Point => (view === 'side' ? { x, y } : { x: -z, y });
  return Object.fromEntries(jointNames.map((name) => [name, project(points[name]!)])) as Joints;
}

/** A keyframe posed and placed in the scene. */
export interface PlacedPose {
  pose: Pose;
  joints: Joints;
}

const shift = (joints: Joints, dx: number, dy: number): Joints =>
  Object.fromEntries(jointNames.map((name) => [name, { x: joints[name].x + dx, y: joints[name].y + dy }])) as Joints;

/** The foot that carries the body in a standing keyframe: the first foot that touches something. */
export function supportingFoot(pose: Pose): { side: Side; on: Surface } | undefined {
  return pose.contacts.find((contact) => contact.part === 'foot');
}

/**
 * Where a part that presses is, and how far its skin is from there: the elbow joint, the middle
 * of the shoulders, the hip joint for the bottom.
 */
export function pressedPart(joints: Joints, press: Pose['press'][number]): { at: Point; r: number } {
  if (press.part === 'elbow') return { at: joints[press.side === 'b' ? 'elbowB' : 'elbowA'], r: radius.upperArm[1] };
  if (press.part === 'shoulders') return { at: joints.chest, r: radius.trunkSide[1] };
  return { at: joints.hip, r: radius.trunkSide[0] };
}

function surfaceOrFloor(shapes: readonly PropShape[], on: Surface, x: number): number {
  return surfaceHeight(shapes, on, x) ?? 0;
}

/**
 * Puts one keyframe into the scene: standing on the first supporting foot (its lowest point on
 * the surface), sitting with the bottom on the seat, lying with the back (or front) on the mat.
 */
export function place(pose: Pose, view: View, shapes: readonly PropShape[], before?: PlacedPose): Joints {
  const joints = posedJoints(pose, view);
  const { placement } = pose;
  const on = placement.on ?? 'floor';
  if (placement.pose === 'standing') {
    const foot = supportingFoot(pose);
    const side = foot?.side ?? 'a';
    const S = side.toUpperCase() as 'A' | 'B';
    const kept = before && supportingFoot(before.pose)?.side === side ? before.joints[`ankle${S}`].x : 0;
    const x = placement.x ?? kept;
    const ankle = joints[`ankle${S}`];
    const lowest = Math.min(joints[`heel${S}`].y, joints[`toe${S}`].y);
    const top = surfaceOrFloor(shapes, foot?.on ?? on, x);
    return shift(joints, x - ankle.x, top - lowest);
  }
  if (placement.pose === 'sitting') {
    const seat = shapes.find((shape) => shape.kind === on)?.tops[0];
    const x = placement.x ?? (seat ? (seat.x0 + seat.x1) / 2 : 0);
    return shift(joints, x, surfaceOrFloor(shapes, on, x) + seatToHip);
  }
  const mat = shapes.find((shape) => shape.kind === on)?.tops[0];
  const x = placement.x ?? (mat ? mat.x0 + propSize.mat * 0.55 : 0);
  return shift(joints, x, surfaceOrFloor(shapes, on, x) + radius.trunkSide[0]);
}

/** Every keyframe of a figure, placed; a standing foot stays where the keyframe before put it. */
export function placeFigure(figure: Figure): { shapes: PropShape[]; placed: PlacedPose[] } {
  const shapes = sceneShapes(figure.props, figure.view);
  const placed: PlacedPose[] = [];
  for (const pose of poses(figure)) placed.push({ pose, joints: place(pose, figure.view, shapes, placed.at(-1)) });
  return { shapes, placed };
}
