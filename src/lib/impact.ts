/**
 * The upper steps of the UK consensus impact ladder. Kept apart from the zod vocabulary so the
 * browser's scripts (library filter, plan island) can use it without loading zod.
 */
import type { Impact } from '../schemas/vocabulary';

/**
 * Moderate and high impacts (jogging, stamps, jumps, hops, skipping): they need weeks of muscle
 * building first, and the UK consensus caps readers after a vertebral or several low-trauma
 * fractures at brisk walking, below them.
 */
export const isStrongImpact = (impact: Impact): boolean => impact === 'moderate' || impact === 'high';
