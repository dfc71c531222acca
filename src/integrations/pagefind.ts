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
         * Pagefind's default index chunk (20 000 word positions) is a third of this site's index,
         * and a first search downloads a whole chunk. Smaller chunks keep a cold search under the
         * 100 kB budget. Pagefind 1.x marks this setting unstable; `npm run bench:search`
         * fails if the budget is broken.
         */
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '6000';
        try {
          const { index } = assertNoErrors(await pagefind.createIndex(), 'start', logger);
          if (!index) throw new Error('Pagefind returned no index.');
          const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
          let indexed = 0;
          for (const file of files) {
            const content = spaceOutBlocks(await readFile(join(root, file), 'utf8'));
            // A relative source path becomes the result's address, e.g. exercises/squats/index.html → /exercises/squats/.
            const sourcePath = file.split(sep).join('/');
            const { file: added } = assertNoErrors(await index.addHTMLFile({ sourcePath, content }), `index ${sourcePath}`, logger);
            if (added.uniqueWords > 0) indexed += 1;
          }
          if (indexed === 0) throw new Error('Pagefind found no page marked data-pagefind-body.');
          assertNoErrors(await index.writeFiles({ outputPath: join(root, 'pagefind') }), 'write the index', logger);
          logger.info(`Indexed ${indexed} of ${files.length} pages for search in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
