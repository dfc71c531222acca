/**
 * Stand-ins that pages write where the saved copy's size and the build's version belong. Both
 * are known only after the build (they include the search index), so the service worker
 * integration replaces them in the built HTML.
 */
export const offlineTokens = {
  size: '__OSTEOMOVE_OFFLINE_SIZE__',
  version: '__OSTEOMOVE_OFFLINE_VERSION__',
} as const;
