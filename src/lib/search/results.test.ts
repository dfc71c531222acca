import { describe, expect, it } from 'vitest';
import { toResultView, type PagefindResultData } from './results';

const exercise: PagefindResultData = {
  url: '/exercises/calf-raises/',
  excerpt: 'Also called: <mark>heel</mark> raises',
  meta: { title: 'Calf raises', category: 'Muscle strength', level: 'Level 4 of 10', dose: '2 to 3 sets' },
  filters: { type: ['exercise'], category: ['strength'] },
  sub_results: [
    { title: 'Calf raises', url: '/exercises/calf-raises/', excerpt: '' },
    { title: 'Why it helps', url: '/exercises/calf-raises/#why-it-helps', excerpt: '', anchor: { id: 'why-it-helps' } },
  ],
};

const activities: PagefindResultData = {
  url: '/activities/',
  excerpt: 'Golf',
  meta: { title: 'Sports and everyday activities', entries: 'yes' },
  filters: { type: ['activity'] },
  sub_results: [
    { title: 'Sports and everyday activities', url: '/activities/', excerpt: '' },
    { title: 'Golf', url: '/activities/#golf', excerpt: '', anchor: { id: 'golf' } },
    { title: 'Tennis', url: '/activities/#tennis', excerpt: '', anchor: { id: 'tennis' } },
  ],
};

describe('toResultView', () => {
  it('shows the title, type and the facts in a fixed order', () => {
    const view = toResultView(exercise);
    expect(view).toMatchObject({ title: 'Calf raises', url: '/exercises/calf-raises/', type: 'exercise' });
    expect(view.facts).toEqual(['Muscle strength', 'Level 4 of 10', '2 to 3 sets']);
  });
  it('does not list the sections of an ordinary page', () => {
    expect(toResultView(exercise).sections).toEqual([]);
  });
  it('links each matching entry of a page made of entries', () => {
    expect(toResultView(activities).sections).toEqual([
      { title: 'Golf', url: '/activities/#golf' },
      { title: 'Tennis', url: '/activities/#tennis' },
    ]);
    expect(toResultView(activities, 1).sections).toHaveLength(1);
  });
  it('lists the best-matching entries first, and keeps the page order between equal matches', () => {
    const scored = (id: string, scores: number[]) => ({
      title: id,
      url: `/everyday/#${id}`,
      excerpt: '',
      anchor: { id },
      weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
    });
    const page = { ...activities, sub_results: [scored('lifting', [1]), scored('carrying', [1]), scored('socks', [1]), scored('floor', [2, 3])] };
    expect(toResultView(page).sections.map((section) => section.title)).toEqual(['floor', 'lifting', 'carrying']);
  });
  it('shows an exercise\'s picture, and no picture Pagefind found on another kind of page', () => {
    expect(toResultView({ ...exercise, meta: { ...exercise.meta, image: '/figures/calf-raises.svg' } }).picture).toBe('/figures/calf-raises.svg');
    expect(toResultView(exercise).picture).toBeUndefined();
    expect(toResultView({ ...activities, filters: { type: ['guidance'] }, meta: { ...activities.meta, image: '/figures/squats.svg' } }).picture).toBeUndefined();
  });
  it('ignores a type the site does not know and falls back to the address for a missing title', () => {
    const view = toResultView({ ...exercise, meta: {}, filters: { type: ['secret'] } });
    expect(view.type).toBeUndefined();
    expect(view.title).toBe('/exercises/calf-raises/');
  });
});
