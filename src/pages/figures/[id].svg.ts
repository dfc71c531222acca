/** The last keyframe of each exercise's figure as an SVG file: the small picture on cards and in structured data. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getExercises } from '../../data/content';
import { figureStill } from '../../lib/figure/still';

export const getStaticPaths = (async () =>
  (await getExercises()).map((exercise) => ({ params: { id: exercise.id }, props: { figure: exercise.data.figure } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(figureStill(props.figure).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
