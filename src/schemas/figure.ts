import { z } from 'astro/zod';

/**
 * The posed figure of an exercise: a scene with props and 2–4 keyframes of joint angles.
 * `src/lib/figure/` turns it into drawings and checks it against the limits of the body.
 *
 * Lengths are in body heights (H): 1 is the height of the person, so a chair seat is about
 * 0.25. The floor is at height 0. In a side view the person faces right; in a front view the
 * person faces the reader, so their left side is on the reader's right.
 * Angles are degrees away from upright standing (arms hanging, feet flat).
 */

/** Things in the scene besides the floor, which is always there. */
export const propKindSchema = z.enum(['chair', 'wall', 'step-board', 'stairs', 'rail', 'band', 'mat']);

/** Where a hand or foot can rest: the floor or one of the props (the first of that kind). */
export const surfaceSchema = z.enum(['floor', ...propKindSchema.options]);

/** A prop and where it stands. */
export const propSchema = z
  .object({
    /** What it is. `rail` also stands for a worktop or banister; `band` is an exercise band tied to a post. */
    kind: propKindSchema,
    /**
     * Where it stands, in body heights from the middle of the scene (0, where the figure stands unless
     * placed elsewhere): the front edge of a chair seat, the face of a wall, the near edge of a step
     * board, mat or the first stair, the post of a rail or band.
     */
    x: z.number().min(-2).max(2),
    /**
     * Which way it faces: the way a person sitting on the chair looks, the way a wall's face looks,
     * the way stairs go up. `right` unless given (a wall faces `left` unless given, towards a figure facing it).
     */
    facing: z.enum(['left', 'right']).optional(),
    /** For a band: the height, in body heights, where it is tied (chest height, 0.72, unless given). */
    height: z.number().min(0.05).max(1.2).optional(),
  })
  .strict();

/** How the body rests on its support. */
export const placementSchema = z
  .object({
    /**
     * `standing` puts the first supporting foot (a foot contact) on its surface; `sitting` puts the
     * bottom on the seat; `lying-back` lies face up with the head to the left; `lying-front` lies
     * face down with the head to the right.
     */
    pose: z.enum(['standing', 'sitting', 'lying-back', 'lying-front']),
    /** What the body sits or lies on; standing takes the surface of the first supporting foot. Floor unless given. */
    on: surfaceSchema.optional(),
    /**
     * Where, in body heights: standing, the ankle of the first supporting foot; sitting and lying, the hip.
     * Left out: standing keeps that foot where the keyframe before had it (feet stay planted), else 0;
     * sitting takes the front part of the seat; lying takes the middle of the mat.
     */
    x: z.number().min(-2).max(2).optional(),
  })
  .strict();

/** Angles of one side of the body, degrees from upright standing; each is 0 unless given. */
export const limbAnglesSchema = z
  .object({
    /** Arm forward and up (flexion) positive, backwards (extension) negative; 180 is straight up. */
    shoulder: z.number().default(0),
    /** Arm out to the side (abduction); mostly for front views. */
    shoulderAbduction: z.number().default(0),
    /** Elbow bend (flexion); 0 is a straight arm. */
    elbow: z.number().default(0),
    /** Thigh forward (flexion) positive, backwards (extension) negative; 90 is a sitting thigh. */
    hip: z.number().default(0),
    /** Leg out to the side (abduction) positive, across the other leg (adduction) negative. */
    hipAbduction: z.number().default(0),
    /** Knee bend (flexion); 0 is a straight leg, never negative. */
    knee: z.number().default(0),
    /** Toes pointed down (plantar flexion) positive, pulled up (dorsiflexion) negative. */
    ankle: z.number().default(0),
  })
  .strict();

const keyframeFields = {
  /** The number of the step of "How to do it" this moment belongs to; its name is words, in each language's entry (`keyframes`). */
  step: z.number().int().min(1).max(20),
  /** How the body rests on the floor or a prop. */
  placement: placementSchema,
  /** Neck bend, chin down (flexion) positive. */
  neck: z.number().default(0),
  /**
   * Trunk lean from the hips with a straight back, forward (flexion) positive, backward (extension)
   * negative; measured from upright for standing and sitting, from flat for lying.
   */
  trunk: z.number(),
  /** Twist of the shoulders against the hips; 0 unless given. */
  trunkTwist: z.number().default(0),
};

const limbDefaults = limbAnglesSchema.parse({});

/** Hands and feet that touch something; a supporting foot is one on the floor or on a prop. */
function contactsSchema<const Part extends string>(parts: readonly [Part, ...Part[]]) {
  return z
    .array(
      z
        .object({
          /** Which hand or foot. */
          part: z.enum(parts),
          /** What it touches. */
          on: surfaceSchema,
        })
        .strict(),
    )
    .default([]);
}

/**
 * What the arrow from the keyframe before follows: the hand, foot, hip or head that moved most
 * unless given; `none` draws no arrow.
 */
function arrowSchema<const Part extends string>(parts: readonly [Part, ...Part[]]) {
  return z.enum(['none', 'hip', 'head', ...parts]).optional();
}

const sideParts = ['near-hand', 'far-hand', 'near-foot', 'far-foot'] as const;
const frontParts = ['left-hand', 'right-hand', 'left-foot', 'right-foot'] as const;

/**
 * Parts that press into something or tighten while the body stays still, as in an isometric
 * exercise; the drawing shows each with short arrows. Empty unless given.
 */
function pressSchema<const Part extends string>(parts: readonly [Part, ...Part[]]) {
  return z
    .array(
      z
        .object({
          /** Which part: an elbow, the shoulders (both shoulder blades) or the bottom. */
          part: z.enum(['shoulders', 'bottom', ...parts]),
          /**
           * What it presses into, which it must touch. Left out, the part tightens instead: the
           * shoulders are drawn back and down towards the hips, an elbow or the bottom squeezes.
           */
          on: surfaceSchema.optional(),
        })
        .strict(),
    )
    .max(4)
    .default([]);
}

/** One moment of a side view. */
export const sideKeyframeSchema = z
  .object({
    ...keyframeFields,
    /** Hands and feet that touch something; a supporting foot is one on the floor or on a prop. */
    contacts: contactsSchema(sideParts),
    /** Angles of the side nearer the reader, drawn darker and in front. */
    near: limbAnglesSchema.default(limbDefaults),
    /** Angles of the side further away, drawn lighter and behind. */
    far: limbAnglesSchema.default(limbDefaults),
    /** What the arrow from the keyframe before follows; computed unless given, `none` for no arrow. */
    arrow: arrowSchema(sideParts),
    /** Parts that press into something or tighten in this moment, without moving. */
    press: pressSchema(['near-elbow', 'far-elbow']),
  })
  .strict();

/** One moment of a front view. */
export const frontKeyframeSchema = z
  .object({
    ...keyframeFields,
    /** Hands and feet that touch something; a supporting foot is one on the floor or on a prop. */
    contacts: contactsSchema(frontParts),
    /** Angles of the person's left side (on the reader's right). */
    left: limbAnglesSchema.default(limbDefaults),
    /** Angles of the person's right side (on the reader's left). */
    right: limbAnglesSchema.default(limbDefaults),
    /** What the arrow from the keyframe before follows; computed unless given, `none` for no arrow. */
    arrow: arrowSchema(frontParts),
    /** Parts that press into something or tighten in this moment, without moving. */
    press: pressSchema(['left-elbow', 'right-elbow']),
  })
  .strict();

const figureFields = {
  /** Props in the scene besides the floor. */
  props: z.array(propSchema).max(4).default([]),
  /** Done on each side: playing shows it once more, mirrored, for the other side. */
  sided: z.boolean().default(false),
};

/** The posed figure of an exercise (the frontmatter field `figure`). */
export const figureSchema = z.discriminatedUnion('view', [
  z
    .object({
      /** Seen from the side: the person faces right, the near limbs are drawn darker. */
      view: z.literal('side'),
      ...figureFields,
      /** 2 to 4 moments of the movement, in order. */
      keyframes: z.array(sideKeyframeSchema).min(2).max(4),
    })
    .strict(),
  z
    .object({
      /** Seen from the front: the person faces the reader. */
      view: z.literal('front'),
      ...figureFields,
      /** 2 to 4 moments of the movement, in order. */
      keyframes: z.array(frontKeyframeSchema).min(2).max(4),
    })
    .strict(),
]);

export type FigureInput = z.input<typeof figureSchema>;
export type Figure = z.output<typeof figureSchema>;
export type FigureProp = z.output<typeof propSchema>;
export type PropKind = z.output<typeof propKindSchema>;
export type Surface = z.output<typeof surfaceSchema>;
export type Placement = z.output<typeof placementSchema>;
export type LimbAngles = z.output<typeof limbAnglesSchema>;
export type View = Figure['view'];
export type SideKeyframe = z.output<typeof sideKeyframeSchema>;
export type FrontKeyframe = z.output<typeof frontKeyframeSchema>;
export type ContactPart = (typeof sideParts)[number] | (typeof frontParts)[number];
