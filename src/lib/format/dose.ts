import type { Translate } from '../../i18n';
import type { Dose, Range } from '../../schemas/dose';

/** "8 to 12", or "10" when both ends are the same. */
export function formatRange([min, max]: Range, t: Translate): string {
  return min === max ? String(min) : t('dose.range', { min, max });
}

/** The dose in words, e.g. "2 to 3 sets of 8 to 12 repetitions, hold each one for 3 to 5 seconds". */
export function formatDose(dose: Dose, t: Translate): string {
  switch (dose.kind) {
    case 'reps': {
      const reps = t(dose.perSide ? 'dose.repsPerSide' : 'dose.reps', { reps: formatRange(dose.reps, t) });
      const parts = [`${t('dose.sets', { sets: formatRange(dose.sets, t) })} × ${reps}`];
      if (dose.holdSeconds) parts.push(t('dose.hold', { seconds: formatRange(dose.holdSeconds, t) }));
      return parts.join(', ');
    }
    case 'seconds':
      return t(dose.perSide ? 'dose.secondsPerSide' : 'dose.seconds', { seconds: formatRange(dose.seconds, t) });
    case 'minutes':
      return t('dose.minutes', { minutes: formatRange(dose.minutes, t) });
  }
}
