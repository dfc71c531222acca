/** What the web manifest needs to know about the site; paths already carry the deploy's base. */
export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  lang: string;
  /** The home page, e.g. "/osteomove/". */
  startUrl: string;
  themeColor: string;
  backgroundColor: string;
  /** The square SVG icon, e.g. "/osteomove/favicon.svg". */
  svgIcon: string;
  /** PNG icons by their edge length in pixels. */
  pngIcons: { size: number; src: string }[];
}

/**
 * The web manifest (manifest.webmanifest), so a reader can put the site on a phone's home
 * screen with its name and icon. Scope and start are the base, so a sub-path deploy never
 * claims the rest of its host.
 */
export function webManifest(input: ManifestInput) {
  return {
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: input.lang,
    dir: 'ltr',
    id: input.startUrl,
    start_url: input.startUrl,
    scope: input.startUrl,
    display: 'standalone',
    theme_color: input.themeColor,
    background_color: input.backgroundColor,
    icons: [
      { src: input.svgIcon, sizes: 'any', type: 'image/svg+xml' },
      ...input.pngIcons.map(({ size, src }) => ({ src, sizes: `${size}x${size}`, type: 'image/png' })),
    ],
  };
}
