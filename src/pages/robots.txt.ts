import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/robots';
import { href } from '../paths';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(new URL(href('/sitemap-index.xml'), site)));
