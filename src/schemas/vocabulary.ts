import { z } from 'astro/zod';

/** The three kinds of training the source recommends. */
export const categorySchema = z.enum(['strength', 'balance', 'bone']);

/** Equipment a reader may have at hand. An exercise that needs none lists nothing. */
export const equipmentSchema = z.enum(['chair', 'wall', 'stairs', 'step-board', 'rail', 'band', 'mat']);

/** Body position while doing the exercise. */
export const positionSchema = z.enum(['standing', 'sitting', 'lying', 'walking']);

/**
 * How hard the exercise lands on the skeleton, on the impact ladder of the UK consensus
 * (Strong, Steady and Straight 2022), lowest first: `low` is brisk walking, stairs, step-ups and
 * hiking; `moderate` is jogging, stamping, low jumps, hops, skipping and jumping down from a low
 * step; `high` is higher jumps. Where no source places an exercise, the entry takes the higher step.
 */
export const impactSchema = z.enum(['none', 'low', 'moderate', 'high']);

/** Body areas an exercise works; the strength library has to cover legs, arms, chest, shoulders and back. */
export const bodyAreaSchema = z.enum(['legs', 'hips', 'arms', 'chest', 'shoulders', 'back', 'trunk']);

/** Activities a reader may like, offered by the plan generator as the longer bone-stability session. */
export const likedActivitySchema = z.enum(['walking', 'hiking', 'jogging', 'tai-chi', 'dancing']);

/** Reviewer-facing date; in frontmatter write `2026-11-26`. */
export const reviewedSchema = z.coerce.date();

export type Category = z.infer<typeof categorySchema>;
export type Equipment = z.infer<typeof equipmentSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Impact = z.infer<typeof impactSchema>;
export type BodyArea = z.infer<typeof bodyAreaSchema>;
export type LikedActivity = z.infer<typeof likedActivitySchema>;
