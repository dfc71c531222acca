/**
 * schema.org JSON-LD for an exercise page: a `MedicalWebPage` for patients whose main entity
 * is the exercise as an `ExercisePlan`. Search engines and assistants read it; every value
 * repeats what the page itself says (dose, review date, sources).
 */
import type { Translate } from '../i18n';
import type { Dose, Range } from '../schemas/dose';
import { isStrongImpact } from './impact';
import type { Category, Impact } from '../schemas/vocabulary';
import { formatDose } from './format/dose';
import { recommendations, type Recommendation } from './recommendations';

/** What the page knows about one exercise, with absolute addresses. */
export interface ExercisePageFacts {
  /** The page's canonical address. */
  url: URL;
  title: string;
  summary: string;
  language: string;
  category: Category;
  dose: Dose;
  impact: Impact;
  reviewed: Date;
  image: { url: URL; alt: string };
  sources: { name: string; citation: string; url?: string }[];
  site: { name: string; url: URL };
}

/** schema.org's PhysicalActivityCategory members; bone training is short, hard effort unless it is a longer activity. */
function activityCategory(category: Category, dose: Dose): string {
  if (category === 'strength') return 'https://schema.org/StrengthTraining';
  if (category === 'balance') return 'https://schema.org/Balance';
  return dose.kind === 'minutes' ? 'https://schema.org/AerobicActivity' : 'https://schema.org/AnaerobicActivity';
}

/** How many days a week the source recommends for the exercise's kind of training. */
function activityFrequency(category: Category, t: Translate): string {
  const { min, max }: Recommendation['daysPerWeek'] = recommendations[category].daysPerWeek;
  return max === undefined ? t('structuredData.daysMin', { min }) : t('structuredData.daysRange', { min, max });
}

/** A range as a schema.org QuantitativeValue; `unitCode` is a UN/CEFACT code (SEC, MIN). */
function quantity([min, max]: Range, unit: { unitText?: string; unitCode?: string }) {
  return { '@type': 'QuantitativeValue', minValue: min, maxValue: max, ...unit };
}

/** The dose as ExercisePlan properties: repetitions per set, or the duration of one go. */
function doseProperties(dose: Dose, t: Translate) {
  switch (dose.kind) {
    case 'reps':
      return { repetitions: quantity(dose.reps, { unitText: t('structuredData.repsUnit') }) };
    case 'seconds':
      return { activityDuration: quantity(dose.seconds, { unitCode: 'SEC' }) };
    case 'minutes':
      return dose.minutes ? { activityDuration: quantity(dose.minutes, { unitCode: 'MIN' }) } : {};
  }
}

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** `t` is the dictionary of the page's language, `page.language`. */
export function exerciseStructuredData(page: ExercisePageFacts, t: Translate) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': page.url.href,
    url: page.url.href,
    name: page.title,
    description: page.summary,
    inLanguage: page.language,
    lastReviewed: isoDate(page.reviewed),
    medicalAudience: 'https://schema.org/Patient',
    isPartOf: { '@type': 'WebSite', name: page.site.name, url: page.site.url.href },
    citation: page.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.name,
      description: source.citation,
      ...(source.url ? { url: source.url } : {}),
    })),
    mainEntity: {
      '@type': 'ExercisePlan',
      name: page.title,
      description: page.summary,
      image: { '@type': 'ImageObject', url: page.image.url.href, description: page.image.alt },
      exerciseType: t(`category.${page.category}`),
      category: activityCategory(page.category, page.dose),
      activityFrequency: activityFrequency(page.category, t),
      ...doseProperties(page.dose, t),
      additionalVariable: formatDose(page.dose, t),
      ...(isStrongImpact(page.impact) ? { intensity: t('flag.strongImpact') } : {}),
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the element early. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
