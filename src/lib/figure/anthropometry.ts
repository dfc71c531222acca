/**
 * Body proportions of the drawn figure, in body heights (H = 1).
 *
 * Segment lengths and widths: Drillis, R. and Contini, R. (1966), Body Segment Parameters,
 * Report 1166-03, New York University, as given in Winter, D. A., Biomechanics and Motor Control
 * of Human Movement, 4th edition (Wiley, 2009), chapter 4 "Anthropometry", Figure 4.1 "Body
 * segment lengths expressed as a fraction of body height H". Checked against transcriptions of
 * that figure (landmark heights 0.936 eye, 0.870 chin, 0.818 shoulder, 0.720 chest, 0.630 elbow,
 * 0.530 hip, 0.485 wrist, 0.377 fingertip, 0.285 knee, 0.039 ankle; widths 0.259 shoulder,
 * 0.191 hip, 0.055 foot; lengths 0.186 upper arm, 0.146 forearm, 0.108 hand, 0.152 foot, 0.130
 * head). Thigh and shank are the differences of landmark heights, as in the figure
 * (0.530 − 0.285 = 0.245, 0.285 − 0.039 = 0.246); the trunk runs hip to shoulder (0.818 − 0.530).
 */
export const segmentLength = {
  upperArm: 0.186,
  forearm: 0.146,
  hand: 0.108,
  thigh: 0.245,
  shank: 0.246,
  trunk: 0.818 - 0.53,
  /** Shoulder to chin. */
  neck: 0.87 - 0.818,
  /** Chin to the top of the head. */
  head: 0.13,
  foot: 0.152,
  ankleHeight: 0.039,
} as const;

/** Widths from the same figure. */
export const segmentWidth = {
  shoulders: 0.259,
  hips: 0.191,
  foot: 0.055,
} as const;

/**
 * Where joints sit inside those widths, and how far the heel reaches behind the ankle: the
 * figure gives outer widths only, so these are the drawing's choices (hip joints about 10 cm
 * apart, shoulder joints just inside the shoulders, a quarter of the foot behind the ankle).
 */
export const jointOffset = {
  hip: 0.05,
  shoulder: segmentWidth.shoulders / 2 - 0.02,
  heel: 0.04,
} as const;

/**
 * Segment masses as fractions of body mass and the position of each segment's centre of mass as
 * a fraction of its length from the proximal end: Dempster (1955) via Winter (2009, 4th edition),
 * Table 4.1 "Anthropometric data" (also in the 2nd edition, 1990). Checked against a transcription of
 * the table ("Dempster's body segment parameter data for 2-D studies, from Winter, 2nd ed.") and
 * the BMClab data file BSP_DempsterWinter.txt: hand 0.006 at 0.506, forearm 0.016 at 0.430, upper
 * arm 0.028 at 0.436, foot 0.0145 at 0.50, leg 0.0465 at 0.433, thigh 0.100 at 0.433, head and
 * neck 0.081 at 1.000 (the ear canal, i.e. the head's middle), trunk 0.497 at 0.50 (one
 * transcription gives 0.495). Two of each limb plus head and trunk add up to 1.000.
 */
export const segmentMass = {
  hand: { mass: 0.006, com: 0.506 },
  forearm: { mass: 0.016, com: 0.43 },
  upperArm: { mass: 0.028, com: 0.436 },
  foot: { mass: 0.0145, com: 0.5 },
  shank: { mass: 0.0465, com: 0.433 },
  thigh: { mass: 0.1, com: 0.433 },
  headNeck: { mass: 0.081, com: 1 },
  trunk: { mass: 0.497, com: 0.5 },
} as const;

/**
 * Half-thicknesses of the drawn body (radii of the tapered capsules), at the proximal and distal
 * end. Not from a table: chosen so the figure reads as an adult body at small sizes.
 */
export const radius = {
  thigh: [0.05, 0.034],
  shank: [0.033, 0.02],
  upperArm: [0.027, 0.021],
  forearm: [0.021, 0.016],
  neck: [0.026, 0.026],
  head: 0.063,
  /** Trunk seen from the side (depth) at hip and shoulder level. */
  trunkSide: [0.068, 0.074],
  /** Trunk seen from the front: half the hip width and a little more than half the shoulder joints' span. */
  trunkFront: [segmentWidth.hips / 2, segmentWidth.shoulders / 2 - 0.01],
} as const;

/** Height of the hip joint above a seat: the thigh's thickness under it. */
export const seatToHip = radius.thigh[0];
