import FractureRule from '../safety/FractureRule.astro';
import PainNote from '../safety/PainNote.astro';
import StopSigns from '../safety/StopSigns.astro';
import Link from './Link.astro';

/**
 * Components for MDX content: `<Content components={mdxComponents} />`. `a` replaces plain links;
 * the safety notes let a page state a rule in the one wording the whole site uses (`<PainNote />`).
 */
export const mdxComponents = { a: Link, FractureRule, PainNote, StopSigns };
