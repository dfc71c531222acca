import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { spaceOutBlocks } from '../lib/search/indexHtml';

interface PagefindResponse {
  errors: string[];
}

/** Pagefind reports problems in the response instead of throwing; a broken index must stop the build. */
function assertNoErrors<T extends PagefindResponse>(response: T, step: string, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind (${step}): ${error}`);
    throw new Error(`Pagefind could not ${step}; see the errors above.`);
  }
  return response;
}

/**
 * Builds the search index from the finished HTML after `astro build`, so `npm run build`
 * alone gives a searchable site. It reads the `dir` Astro hands over (which follows
 * `--outDir`) and writes the bundle to `<dir>/pagefind/`. Only elements marked
 * `data-pagefind-body` are indexed: pages that leave it out (404, tools) stay out of search.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'osteomove-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        /*
         * A search downloads the whole index chunk of each word it looks up. Pagefind's default
         * chunk (20 000 word positions) holds more than half of this site's index; chunks of
         * 4 000 keep a first search, even of two words, under the 100 kB budget. Pagefind 1.x
         * marks this setting unstable: `npm run bench:search` fails when the budget breaks.
         */
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '4000';
        try {
          // Paper-only parts repeat the screen content (an exercise page carries its printable sheet).
          const { index } = assertNoErrors(await pagefind.createIndex({ excludeSelectors: ['.print-only'] }), 'start', logger);
          if (!index) throw new Error('Pagefind returned no index.');
          const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
          let searchable = 0;
          for (const file of files) {
            const content = spaceOutBlocks(await readFile(join(root, file), 'utf8'));
            // A relative source path becomes the result's address, e.g. exercises/squats/index.html → /exercises/squats/.
            const sourcePath = file.split(sep).join('/');
            assertNoErrors(await index.addHTMLFile({ sourcePath, content }), `index ${sourcePath}`, logger);
            if (content.includes('data-pagefind-body')) searchable += 1;
          }
          // Without a single marked page Pagefind would index every page whole, navigation and all.
          if (searchable === 0) throw new Error('No built page marks its content with data-pagefind-body.');
          assertNoErrors(await index.writeFiles({ outputPath: join(root, 'pagefind') }), 'write the index', logger);
          logger.info(`Indexed ${searchable} of ${files.length} pages for search in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
