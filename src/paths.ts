import { joinBase } from './lib/routes';

/** A root-relative site path with the deploy's base in front, for every link and asset. */
export const href = (path: string): string => joinBase(import.meta.env.BASE_URL, path);
