/**
 * What each drawing shows, in words, for readers who cannot see it: how the body rests, what
 * the hands hold, which foot is lifted, what presses or tightens and what moved since the keyframe before.
 */
import type { Translate } from '../../i18n';
import type { Figure } from '../../schemas/figure';
import { type PlacedPose, placeFigure } from './kinematics';

const sentence = (parts: string[]) => {
  const text = parts.filter(Boolean).join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

function pose({ pose }: PlacedPose, t: Translate): string {
  const words = t(`figure.pose.${pose.placement.pose}`);
  const on = pose.placement.on;
  return on && on !== 'floor' ? t('figure.poseOn', { pose: words, surface: t(`figure.surface.${on}`) }) : words;
}

function hands({ pose }: PlacedPose, t: Translate): string {
  const held = pose.contacts.filter((contact) => contact.part === 'hand');
  if (!held.length) return '';
  const surface = t(`figure.surface.${held[0]!.on}`);
  return t(held.length > 1 ? 'figure.bothHands' : 'figure.oneHand', { surface });
}

function lifted({ pose }: PlacedPose, t: Translate): string {
  const feet = pose.contacts.filter((contact) => contact.part === 'foot').length;
  return pose.placement.pose === 'standing' && feet === 1 ? t('figure.footLifted') : '';
}

/** E.g. "elbows pressing into the wall", "shoulders drawn back towards the hips", "bottom tightened". */
function pressing({ pose }: PlacedPose, t: Translate): string {
  const phrases = pose.press.map(({ part, on }) => {
    const both = part === 'elbow' && pose.press.filter((p) => p.part === 'elbow' && p.on === on).length > 1;
    const words = t(`figure.press.part.${both ? 'elbows' : part}`);
    if (on) return t('figure.press.on', { part: words, surface: t(`figure.surface.${on}`) });
    return part === 'shoulders' ? t('figure.press.shoulders') : t('figure.press.tight', { part: words });
  });
  return [...new Set(phrases)].join(', ');
}

const movers = [
  { part: 'hip', node: 'hip' },
  { part: 'head', node: 'head' },
  { part: 'hand', node: 'wristA' },
  { part: 'foot', node: 'ankleB' },
  { part: 'foot', node: 'ankleA' },
] as const;

function moved(figure: Figure, before: PlacedPose | undefined, now: PlacedPose, t: Translate): string {
  if (!before) return '';
  let best: (typeof movers)[number] | undefined, most = 0.05;
  for (const mover of movers) {
    const a = before.joints[mover.node], b = now.joints[mover.node];
    const distance = Math.hypot(b.x - a.x, b.y - a.y);
    if (distance > most) [best, most] = [mover, distance];
  }
  if (!best) return '';
  const a = before.joints[best.node], b = now.joints[best.node];
  const dx = b.x - a.x, dy = b.y - a.y;
  const ways: string[] = [];
  if (Math.abs(dy) > 0.03) ways.push(t(dy > 0 ? 'figure.direction.up' : 'figure.direction.down'));
  if (Math.abs(dx) > 0.03) {
    ways.push(t(figure.view === 'front' ? 'figure.direction.side' : dx > 0 ? 'figure.direction.forward' : 'figure.direction.back'));
  }
  const direction = ways.length > 1 ? t('figure.direction.and', { a: ways[0]!, b: ways[1]! }) : (ways[0] ?? '');
  return t('figure.moves', { part: t(`figure.part.${best.part}`), direction });
}

/** One sentence per keyframe, e.g. "Standing, one hand on the chair, one foot lifted off the floor, foot moving up." */
export function describeKeyframes(figure: Figure, t: Translate): string[] {
  const { placed } = placeFigure(figure);
  return placed.map((now, k) => sentence([pose(now, t), hands(now, t), lifted(now, t), pressing(now, t), moved(figure, placed[k - 1], now, t)]));
}
