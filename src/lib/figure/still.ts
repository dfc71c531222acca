/** The one drawing that stands for a figure where there is room for one: its last keyframe, the movement's goal. */
import type { Figure } from '../../schemas/figure';
import { describeKeyframes } from './describe';
import { renderFigure } from './render';

export function figureStill(figure: Figure): string {
  const { keyframes } = renderFigure(figure, describeKeyframes(figure));
  const last = keyframes.at(-1);
  if (last === undefined) throw new Error('A figure has at least two keyframes.');
  return last;
}
