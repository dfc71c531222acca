import type { APIRoute } from 'astro';
import { locale, t } from '../i18n';
import { webManifest } from '../lib/seo/manifest';
import { href } from '../paths';

/*
 * The colour of the icon (public/favicon.svg and its PNGs) and the light page (--color-paper in
 * global.css). The buttons use a darker green (--color-accent), which white text needs for 7:1.
 */
const iconColour = '#0b6e4f';
const paper = '#ffffff';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      webManifest({
        name: `${t('site.name')}: ${t('site.tagline')}`,
        shortName: t('site.name'),
        description: t('site.description'),
        lang: locale,
        startUrl: href('/'),
        themeColor: iconColour,
        backgroundColor: paper,
        svgIcon: href('/favicon.svg'),
        pngIcons: [192, 512].map((size) => ({ size, src: href(`/icon-${size}.png`) })),
      }),
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
