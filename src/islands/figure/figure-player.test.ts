import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

it('keeps the figure script within 3 KB gzip', async () => {
  const result = await build({ entryPoints: [new URL('./figure-player.ts', import.meta.url).pathname], bundle: true, minify: true, write: false, format: 'esm' });
  const bytes = gzipSync(result.outputFiles[0]!.contents).length;
  expect(bytes).toBeLessThanOrEqual(3072);
});
