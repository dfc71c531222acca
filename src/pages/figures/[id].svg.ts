/**
 * The last keyframe of each exercise's figure as an SVG file: the small picture on cards and in
 * structured data, one file for every language (pages show it with `alt=""` and describe it in words).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getExercises } from '../../data/content';
import { useTranslations } from '../../i18n';
import { defaultLocale } from '../../i18n/locales';
import { figureStill } from '../../lib/figure/still';

export const getStaticPaths = (async () =>
  (await getExercises(defaultLocale)).map((exercise) => ({ params: { id: exercise.id }, props: { figure: exercise.data.figure } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(figureStill(props.figure, useTranslations(defaultLocale).t).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
