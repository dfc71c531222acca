/**
 * Three posed figures that show what the schema can say and that the checks pass: a side view
 * with a chair, a front view holding a chair on one leg, and a side view lying on a mat. Tests
 * break copies of them on purpose; the contact sheet draws them.
 */
import { type Figure, type FigureInput, figureSchema } from '../../../schemas/figure.ts';

const armsForward = { shoulder: 80 };

const sitToStand: FigureInput = {
  view: 'side',
  props: [{ kind: 'chair', x: 0 }],
  keyframes: [
    {
      step: 2,
      placement: { pose: 'sitting', on: 'chair', x: -0.09 },
      trunk: 0,
      near: { ...armsForward, hip: 90, knee: 100, ankle: -10 },
      far: { ...armsForward, hip: 90, knee: 100, ankle: -10 },
      contacts: [
        { part: 'near-foot', on: 'floor' },
        { part: 'far-foot', on: 'floor' },
      ],
    },
    {
      step: 4,
      placement: { pose: 'sitting', on: 'chair', x: -0.09 },
      trunk: 20,
      near: { ...armsForward, hip: 110, knee: 100, ankle: -10 },
      far: { ...armsForward, hip: 110, knee: 100, ankle: -10 },
      contacts: [
        { part: 'near-foot', on: 'floor' },
        { part: 'far-foot', on: 'floor' },
      ],
    },
    {
      step: 5,
      placement: { pose: 'standing' },
      trunk: 0,
      near: armsForward,
      far: armsForward,
      contacts: [
        { part: 'near-foot', on: 'floor' },
        { part: 'far-foot', on: 'floor' },
      ],
      arrow: 'hip',
    },
  ],
};

const oneLegStand: FigureInput = {
  view: 'front',
  sided: true,
  props: [{ kind: 'chair', x: 0.12 }],
  keyframes: [
    {
      step: 2,
      placement: { pose: 'standing' },
      trunk: 0,
      left: { shoulder: 15, shoulderAbduction: 20, elbow: 40 },
      contacts: [
        { part: 'left-foot', on: 'floor' },
        { part: 'right-foot', on: 'floor' },
        { part: 'left-hand', on: 'chair' },
      ],
    },
    {
      step: 4,
      placement: { pose: 'standing' },
      trunk: 0,
      left: { shoulder: 15, shoulderAbduction: 20, elbow: 40 },
      right: { hip: 30, knee: 75, ankle: 0 },
      contacts: [
        { part: 'left-foot', on: 'floor' },
        { part: 'left-hand', on: 'chair' },
      ],
    },
  ],
};

const lyingLegs = { hip: 45, knee: 100, ankle: 35 };

const backPressLying: FigureInput = {
  view: 'side',
  props: [{ kind: 'mat', x: -0.55 }],
  keyframes: [
    {
      step: 1,
      placement: { pose: 'lying-back', on: 'mat' },
      trunk: 0,
      near: lyingLegs,
      far: lyingLegs,
      contacts: [
        { part: 'near-foot', on: 'mat' },
        { part: 'far-foot', on: 'mat' },
      ],
    },
    {
      step: 3,
      placement: { pose: 'lying-back', on: 'mat' },
      trunk: 0,
      near: { ...lyingLegs, elbow: 90 },
      far: { ...lyingLegs, elbow: 90 },
      contacts: [
        { part: 'near-foot', on: 'mat' },
        { part: 'far-foot', on: 'mat' },
      ],
    },
    {
      step: 4,
      placement: { pose: 'lying-back', on: 'mat' },
      trunk: 0,
      near: { ...lyingLegs, shoulder: -10, elbow: 100 },
      far: { ...lyingLegs, shoulder: -10, elbow: 100 },
      contacts: [
        { part: 'near-foot', on: 'mat' },
        { part: 'far-foot', on: 'mat' },
      ],
      press: [
        { part: 'near-elbow', on: 'mat' },
        { part: 'far-elbow', on: 'mat' },
      ],
      arrow: 'none',
    },
  ],
};

/** The samples, parsed as content would be, with the exercise flags the checks need. */
export const samples: { id: string; spineSafe: boolean; figure: Figure }[] = [
  { id: 'sit-to-stand', spineSafe: true, figure: figureSchema.parse(sitToStand) },
  { id: 'one-leg-stand', spineSafe: true, figure: figureSchema.parse(oneLegStand) },
  { id: 'back-press-lying', spineSafe: true, figure: figureSchema.parse(backPressLying) },
];
