import { describe, expect, it } from 'vitest';
import { type Figure, figureSchema } from '../../schemas/figure';
import { checkFigure } from './checks';
import { samples } from './testing/samples';

const sample = (id: string) => structuredClone(samples.find((s) => s.id === id)!.figure);
/** A sample with one keyframe changed, parsed again as content would be. */
function broken(id: string, index: number, change: (keyframe: Record<string, any>, figure: Record<string, any>) => void): Figure {
  const figure = sample(id) as Record<string, any>;
  change(figure.keyframes[index], figure);
  return figureSchema.parse(figure);
}

describe('checkFigure', () => {
  it.each(samples)('passes the sample $id', ({ figure, spineSafe }) => {
    expect(checkFigure(figure, { spineSafe })).toEqual([]);
  });

  it('names keyframe, joint and side of an angle outside the AAOS range', () => {
    const figure = broken('sit-to-stand', 2, (k) => (k.near.knee = 150));
    expect(checkFigure(figure, { spineSafe: true })).toContain('keyframe 3: knee (near) 150° is outside 0–135° (AAOS)');
  });

  it('refuses a knee bent backwards', () => {
    const figure = broken('one-leg-stand', 0, (k) => (k.right.knee = -10));
    expect(checkFigure(figure, { spineSafe: true })).toContain('keyframe 1: knee (right) -10° is outside 0–135° (AAOS)');
  });

  it('refuses a forward bend or a twist on a spine-safe exercise, but not on another', () => {
    const bent = broken('sit-to-stand', 1, (k) => ((k.trunk = 45), (k.near.hip = k.far.hip = 135)));
    expect(checkFigure(bent, { spineSafe: true })).toContain('keyframe 2: trunk 45° bends forward more than 20° on a spine-safe exercise');
    expect(checkFigure(bent, { spineSafe: false }).filter((p) => p.includes('spine-safe'))).toEqual([]);
    const twisted = broken('sit-to-stand', 0, (k) => (k.trunkTwist = 15));
    expect(checkFigure(twisted, { spineSafe: true })).toContain('keyframe 1: trunkTwist 15° twists the spine on a spine-safe exercise');
    const crunch = broken('back-press-lying', 1, (k) => (k.trunk = 20));
    expect(checkFigure(crunch, { spineSafe: true })).toContain('keyframe 2: trunk 20° bends forward more than 5° on a spine-safe exercise');
  });

  it('holds only the named keyframes to a straight back, as for an everyday "instead of" pose', () => {
    const bent = broken('sit-to-stand', 1, (k) => ((k.trunk = 45), (k.near.hip = k.far.hip = 135)));
    const spine = (problems: string[]) => problems.filter((p) => p.includes('spine-safe'));
    expect(spine(checkFigure(bent, { spineSafe: [1, 3] }))).toEqual([]);
    expect(spine(checkFigure(bent, { spineSafe: [2] }))).toEqual([
      'keyframe 2: trunk 45° bends forward more than 20° on a spine-safe exercise',
    ]);
  });

  it('finds a standing keyframe falling forward unless a hand holds on', () => {
    const leaning = broken('sit-to-stand', 2, (k) => ((k.trunk = 60), (k.near.hip = k.far.hip = 60)));
    expect(checkFigure(leaning, { spineSafe: false })).toEqual([
      expect.stringMatching(/^keyframe 3: out of balance, the centre of mass is \d+ cm in front of the supporting feet/),
    ]);
    const onOneLeg = broken('one-leg-stand', 1, (k) => {
      k.contacts = k.contacts.filter((c: { part: string }) => c.part !== 'left-hand');
    });
    expect(checkFigure(onOneLeg, { spineSafe: true })).toEqual([expect.stringMatching(/^keyframe 2: out of balance, .* to the side of the supporting feet/)]);
  });

  it('finds a supporting foot in the air', () => {
    const figure = broken('one-leg-stand', 1, (k) => k.contacts.push({ part: 'right-foot', on: 'floor' }));
    expect(checkFigure(figure, { spineSafe: true })).toEqual([
      expect.stringMatching(/^keyframe 2: right-foot should touch the floor but is \d+ cm away$/),
    ]);
  });

  it('finds a hand through a wall and a contact with a prop that is not there', () => {
    const wall = broken('sit-to-stand', 2, (_, f) => f.props.push({ kind: 'wall', x: 0.45 }));
    expect(checkFigure(wall, { spineSafe: true })).toContainEqual(expect.stringMatching(/^keyframe 3: hand \(near\) goes \d+ cm into the wall$/));
    const nowhere = broken('sit-to-stand', 2, (k) => k.contacts.push({ part: 'near-hand', on: 'rail' }));
    expect(checkFigure(nowhere, { spineSafe: true })).toContain('keyframe 3: near-hand touches the rail, but the scene has no rail (add it to props)');
  });

  it('finds a press into nothing: a surface not in the scene, or one the part does not reach', () => {
    const noWall = broken('back-press-lying', 2, (k) => k.press.push({ part: 'near-elbow', on: 'wall' }));
    expect(checkFigure(noWall, { spineSafe: true })).toContain('keyframe 3: near-elbow presses into the wall, but the scene has no wall (add it to props)');
    const inTheAir = broken('back-press-lying', 1, (k) => k.press.push({ part: 'far-elbow', on: 'mat' }, { part: 'bottom' }));
    expect(checkFigure(inTheAir, { spineSafe: true })).toEqual([
      expect.stringMatching(/^keyframe 2: far-elbow should press into the mat but is \d+ cm away$/),
    ]);
  });

  it('finds a leg through the floor', () => {
    const figure = broken('back-press-lying', 0, (k) => ((k.near.hip = k.far.hip = -25), (k.near.ankle = k.far.ankle = 0), (k.contacts = [])));
    expect(checkFigure(figure, { spineSafe: true })).toContainEqual(expect.stringMatching(/^keyframe 1: (thigh|shank|foot) \(near\) goes \d+ cm through the floor$/));
  });
});
