import { describe, expect, it } from 'vitest';
import { webManifest } from './manifest';

const input = {
  name: 'OsteoMove',
  shortName: 'OsteoMove',
  description: 'Safe exercise',
  lang: 'en',
  startUrl: '/osteomove/',
  themeColor: '#0b6e4f',
  backgroundColor: '#ffffff',
  svgIcon: '/osteomove/favicon.svg',
  pngIcons: [{ size: 192, src: '/osteomove/icon-192.png' }],
};

describe('webManifest', () => {
  it('keeps start, scope and id inside the base', () => {
    const manifest = webManifest(input);
    expect([manifest.start_url, manifest.scope, manifest.id]).toEqual(['/osteomove/', '/osteomove/', '/osteomove/']);
  });

  it('lists the SVG icon for any size and each PNG with its size', () => {
    expect(webManifest(input).icons).toEqual([
      { src: '/osteomove/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/osteomove/icon-192.png', sizes: '192x192', type: 'image/png' },
    ]);
  });
});
