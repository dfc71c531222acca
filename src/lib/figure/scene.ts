import type { FigureProp, PropKind, Surface, View } from '../../schemas/figure.ts';

/** A rectangle in body heights, y up from the floor. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A prop as geometry: what the body may not pass through, what it can rest on, where a band is tied. */
export interface PropShape {
  kind: PropKind;
  /** Parts the body may not pass through. */
  solid: Box[];
  /** Parts a hand or foot may touch (the solid parts, plus thin ones such as a rail). */
  touch: Box[];
  /** Top surfaces to stand, sit or lie on. */
  tops: Box[];
  /** Where a band is tied. */
  anchor?: { x: number; y: number };
}

/** Sizes of the props, in body heights (a seat 0.24 H is about 41 cm for a person of 1.70 m). */
export const propSize = {
  seatHeight: 0.24,
  seatDepth: 0.26,
  seatThickness: 0.025,
  chairBack: 0.5,
  stepHeight: 0.09,
  stepDepth: 0.22,
  stairRise: 0.1,
  stairGoing: 0.17,
  stairs: 3,
  railHeight: 0.53,
  mat: 1.15,
  matThickness: 0.015,
  post: 0.02,
} as const;

const box = (x0: number, x1: number, y0: number, y1: number): Box => ({ x0: Math.min(x0, x1), x1: Math.max(x0, x1), y0, y1 });

/** The geometry of one prop as the view shows it. */
export function propShape(prop: FigureProp, view: View): PropShape {
  const s = propSize;
  const dir = (prop.facing ?? (prop.kind === 'wall' ? 'left' : 'right')) === 'right' ? 1 : -1;
  const { x } = prop;
  switch (prop.kind) {
    case 'chair': {
      // From the front, the chair stands beside the person seen from its front: seat and back share x.
      const rear = view === 'front' ? x + s.seatDepth : x - dir * s.seatDepth;
      const seat = box(x, rear, s.seatHeight - s.seatThickness, s.seatHeight);
      const back = view === 'front' ? box(x, rear, s.seatHeight, s.chairBack) : box(rear - s.post, rear + s.post, s.seatHeight, s.chairBack);
      return { kind: 'chair', solid: [seat, back], touch: [seat, back], tops: [seat, box(back.x0, back.x1, back.y1 - 0.01, back.y1)] };
    }
    case 'wall': {
      const wall = box(x, x - dir * 0.12, 0, 1.25);
      return { kind: 'wall', solid: [wall], touch: [wall], tops: [] };
    }
    case 'step-board': {
      const step = box(x, x + dir * s.stepDepth, 0, s.stepHeight);
      return { kind: 'step-board', solid: [step], touch: [step], tops: [step] };
    }
    case 'stairs': {
      const steps = Array.from({ length: s.stairs }, (_, i) =>
        box(x + dir * i * s.stairGoing, x + dir * s.stairs * s.stairGoing, 0, (i + 1) * s.stairRise),
      );
      return { kind: 'stairs', solid: steps, touch: steps, tops: steps };
    }
    case 'rail': {
      const top = box(x - 0.09, x + 0.09, s.railHeight - s.post, s.railHeight);
      return { kind: 'rail', solid: [top], touch: [top], tops: [top] };
    }
    case 'band': {
      const post = box(x - s.post, x + s.post, 0, 1.05);
      return { kind: 'band', solid: [post], touch: [post], tops: [], anchor: { x: x - dir * s.post, y: prop.height ?? 0.72 } };
    }
    case 'mat': {
      const mat = box(x, x + s.mat, 0, s.matThickness);
      return { kind: 'mat', solid: [], touch: [mat], tops: [mat] };
    }
  }
}

/** The props of a figure as geometry, in the order given. */
export function sceneShapes(props: readonly FigureProp[], view: View): PropShape[] {
  return props.map((prop) => propShape(prop, view));
}

/** The floor and the props a hand or foot can touch, by surface name (the first prop of a kind). */
export function surfaceBoxes(shapes: readonly PropShape[], surface: Surface): Box[] | undefined {
  if (surface === 'floor') return [{ x0: -100, x1: 100, y0: -1, y1: 0 }];
  return shapes.find((shape) => shape.kind === surface)?.touch;
}

/** Height of the surface under `x`: the highest top of the named surface there, or undefined off it. */
export function surfaceHeight(shapes: readonly PropShape[], surface: Surface, x: number): number | undefined {
  if (surface === 'floor') return 0;
  const tops = shapes.find((shape) => shape.kind === surface)?.tops ?? [];
  const under = tops.filter((top) => x >= top.x0 - 0.03 && x <= top.x1 + 0.03);
  return under.length ? Math.max(...under.map((top) => top.y1)) : undefined;
}

/** Distance from a point to a box: 0 on its edge, negative inside (how deep). */
export function signedDistance(point: { x: number; y: number }, b: Box): number {
  const dx = Math.max(b.x0 - point.x, point.x - b.x1);
  const dy = Math.max(b.y0 - point.y, point.y - b.y1);
  if (dx <= 0 && dy <= 0) return Math.max(dx, dy);
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
}
