/**
 * German safety wordings, key for key as `en-safety.ts`. "Ask your doctor or physiotherapist"
 * names both forms of the doctor and the practice, so no reader is left out.
 */
import type { enSafety } from './en-safety';

export const deSafety = {
  'safety.pain':
    'Die Übungen sollen nicht wehtun, oder nur ganz wenig. Nehmen Sie Schmerzen ernst: Wenn eine Übung wehtut, hören Sie auf und fragen Sie Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapie.',
} as const satisfies Record<keyof typeof enSafety, string>;
