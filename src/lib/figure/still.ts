/** The one drawing that stands for a figure where there is room for one: its last keyframe, the movement's goal. */
import type { Figure } from '../../schemas/figure';
import { describeKeyframes } from './describe';
import { renderFigure } from './render';

export interface Still {
  svg: string;
  /** What the drawing shows, for structured data and any `alt` that needs it. */
  description: string;
  /** The drawing's proportions, so an `<img>` of it reserves its space before it loads. */
  width: number;
  height: number;
}

export function figureStill(figure: Figure): Still {
  const descriptions = describeKeyframes(figure);
  const { keyframes, width, height } = renderFigure(figure, descriptions);
  const svg = keyframes.at(-1);
  if (svg === undefined) throw new Error('A figure has at least two keyframes.');
  return { svg, description: descriptions.at(-1) ?? '', width: Math.round(width), height: Math.round(height) };
}
