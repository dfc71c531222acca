import { describe, expect, it } from 'vitest';
import { samples } from '../lib/figure/testing/samples';
import { figureSchema } from './figure';

const base = structuredClone(samples[0]!.figure) as Record<string, any>;

describe('figureSchema', () => {
  it('fills in the angles and contacts a keyframe leaves out', () => {
    const figure = figureSchema.parse({ view: 'side', keyframes: [{ step: 1, placement: { pose: 'standing' }, trunk: 0 }, { step: 2, placement: { pose: 'standing' }, trunk: 0 }] });
    expect(figure.keyframes[0]).toMatchObject({ neck: 0, trunkTwist: 0, contacts: [], near: { knee: 0, shoulder: 0 }, far: { hip: 0 } });
    expect(figure).toMatchObject({ props: [], sided: false });
  });

  it('refuses unknown fields, the other view’s sides, one keyframe or five', () => {
    expect(figureSchema.safeParse({ ...base, colour: 'red' }).success).toBe(false);
    expect(figureSchema.safeParse({ ...base, keyframes: base.keyframes.map((k: object) => ({ ...k, left: {} })) }).success).toBe(false);
    expect(figureSchema.safeParse({ ...base, keyframes: base.keyframes.slice(0, 1) }).success).toBe(false);
    expect(figureSchema.safeParse({ ...base, keyframes: [...base.keyframes, ...base.keyframes] }).success).toBe(false);
    expect(figureSchema.safeParse({ ...base, keyframes: base.keyframes.map((k: object) => ({ ...k, contacts: [{ part: 'left-hand', on: 'chair' }] })) }).success).toBe(false);
  });
});
