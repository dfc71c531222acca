import type { APIRoute } from 'astro';
import { getPlanExercises } from '../../../data/content';
import { langParams, toLocale } from '../../../i18n/locales';

/**
 * The plan island fetches the exercise facts once it runs, so they stay out of the plan page's
 * first round trip; one file per language, as the titles are in it.
 */
export const getStaticPaths = () => langParams().map(({ lang }) => ({ params: { lang } }));

export const GET: APIRoute = async ({ currentLocale }) =>
  new Response(JSON.stringify(await getPlanExercises(toLocale(currentLocale))), { headers: { 'Content-Type': 'application/json' } });
