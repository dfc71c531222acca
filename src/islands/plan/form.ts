/** The form's answers as a profile, and a profile back into the form. */
import { normaliseProfile, profileFlags, type Profile, type ProfileEquipment, type StartingLevel, type Weekday } from '../../lib/plan';
import type { LikedActivity } from '../../schemas/vocabulary';

const listFields = ['days', 'equipment', 'likes'] as const;

/** Unticking every day is allowed here: the generator then uses its default days and says so in a note. */
export function readForm(form: HTMLFormElement): Profile {
  const data = new FormData(form);
  const all = (name: string) => data.getAll(name).map(String);
  const one = (name: string) => String(data.get(name) ?? '');
  // The casts are checked by normaliseProfile, which drops any value it does not know.
  return normaliseProfile({
    days: all('days') as Weekday[],
    level: one('level') as StartingLevel,
    falls: one('falls') === '1',
    spine: one('spine') === '1',
    fractures: one('fractures') === '1',
    other: one('other') === '1',
    equipment: all('equipment') as ProfileEquipment[],
    likes: all('likes') as LikedActivity[],
    week: Number(one('week')),
  });
}

export function writeForm(form: HTMLFormElement, profile: Profile): void {
  const values = new Map<string, readonly string[]>([
    ...listFields.map((name) => [name, profile[name]] as const),
    ...profileFlags.map((name) => [name, [profile[name] ? '1' : '0']] as const),
    ['level', [profile.level]],
  ]);
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]'))
    input.checked = values.get(input.name)?.includes(input.value) ?? false;
  const week = form.elements.namedItem('week');
  if (week instanceof HTMLSelectElement) week.value = String(profile.week);
}
