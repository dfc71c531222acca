import type { APIRoute } from 'astro';
import { useTranslations } from '../../i18n';
import { langParams } from '../../i18n/locales';
import { webManifest } from '../../lib/seo/manifest';
import { href } from '../../paths';

/** One manifest per language, so an installed site opens in the reader's language. */
export const getStaticPaths = () => langParams().map(({ lang }) => ({ params: { lang } }));

/*
 * The colour of the icon (public/favicon.svg and its PNGs) and the light page (--color-paper in
 * global.css). The buttons use a darker green (--color-accent), which white text needs for 7:1.
 */
const iconColour = '#0b6e4f';
const paper = '#ffffff';

export const GET: APIRoute = ({ currentLocale }) => {
  const { t, locale, link } = useTranslations(currentLocale);
  return new Response(
    JSON.stringify(
      webManifest({
        name: `${t('site.name')}: ${t('site.tagline')}`,
        shortName: t('site.name'),
        description: t('site.description'),
        lang: locale,
        startUrl: link('/'),
        themeColor: iconColour,
        backgroundColor: paper,
        svgIcon: href('/favicon.svg'),
        pngIcons: [192, 512].map((size) => ({ size, src: href(`/icon-${size}.png`) })),
      }),
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
};
