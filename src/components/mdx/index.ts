import Link from './Link.astro';

/** Components that replace plain HTML elements when MDX content renders: `<Content components={mdxComponents} />`. */
export const mdxComponents = { a: Link };
