/**
 * A figure drawn once per build: its keyframes with their descriptions, and the one drawing that
 * stands for it where there is room for one (its last keyframe, the movement's goal). The page,
 * its printed sheet, its card, its structured data and its picture file all ask for the same
 * figure object, so one drawing per language serves them all (the descriptions are words).
 */
import type { Translate } from '../../i18n';
import type { Figure } from '../../schemas/figure';
import { describeKeyframes } from './describe';
import { renderFigure, type RenderedFigure } from './render';

export interface DrawnFigure extends RenderedFigure {
  /** What each keyframe shows, in words: the drawings' accessible names. */
  descriptions: string[];
}

export interface Still {
  svg: string;
  /** What the drawing shows, for structured data and any `alt` that needs it. */
  description: string;
  /** The drawing's proportions, so an `<img>` of it reserves its space before it loads. */
  width: number;
  height: number;
}

/* Figures come from content and are never changed, so an object drawn once stays drawn. */
const drawn = new WeakMap<Figure, Map<Translate, DrawnFigure>>();

/** `t` is the page's dictionary: each locale has one, so it also keys the drawing's language. */
export function drawFigure(figure: Figure, t: Translate): DrawnFigure {
  let byLanguage = drawn.get(figure);
  if (!byLanguage) drawn.set(figure, (byLanguage = new Map()));
  let drawing = byLanguage.get(t);
  if (!drawing) {
    const descriptions = describeKeyframes(figure, t);
    drawing = { ...renderFigure(figure, descriptions), descriptions };
    byLanguage.set(t, drawing);
  }
  return drawing;
}

export function figureStill(figure: Figure, t: Translate): Still {
  const { keyframes, descriptions, width, height } = drawFigure(figure, t);
  const svg = keyframes.at(-1);
  if (svg === undefined) throw new Error('A figure has at least two keyframes.');
  return { svg, description: descriptions.at(-1) ?? '', width: Math.round(width), height: Math.round(height) };
}
