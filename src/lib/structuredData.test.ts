import { describe, expect, it } from 'vitest';
import type { Dose } from '../schemas/dose';
import { en } from '../i18n/en';
import { useTranslations } from '../i18n';
import { exerciseStructuredData, jsonLdText, type ExercisePageFacts } from './structuredData';

const squats: ExercisePageFacts = {
  url: new URL('https://example.org/osteomove/exercises/squats/'),
  title: 'Squats',
  summary: 'Bend your knees as if to sit down, then stand up again.',
  language: 'en',
  category: 'strength',
  dose: { kind: 'reps', sets: [2, 3], reps: [8, 12], perSide: false },
  impact: 'low',
  reviewed: new Date('2026-11-26T00:00:00Z'),
  image: { url: new URL('https://example.org/osteomove/_astro/squats.svg'), alt: 'A person bends the knees.' },
  sources: [
    { name: 'IQWiG', citation: 'IQWiG 2023.', url: 'https://www.informedhealth.org/' },
    { name: 'UK consensus', citation: 'Brooke-Wavell 2022.' },
  ],
  site: { name: 'OsteoMove', url: new URL('https://example.org/osteomove/') },
};

const withDose = (dose: Dose, extra: Partial<ExercisePageFacts> = {}) => exerciseStructuredData({ ...squats, dose, ...extra }, useTranslations('en').t);

describe('exerciseStructuredData', () => {
  it('describes a medical web page for patients, with its review date and address', () => {
    const data = exerciseStructuredData(squats, useTranslations('en').t);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: 'https://example.org/osteomove/exercises/squats/',
      lastReviewed: '2026-11-26',
      medicalAudience: 'https://schema.org/Patient',
      inLanguage: 'en',
    });
  });

  it('names every source, with its address only where one exists', () => {
    expect(exerciseStructuredData(squats, useTranslations('en').t).citation).toEqual([
      { '@type': 'CreativeWork', name: 'IQWiG', description: 'IQWiG 2023.', url: 'https://www.informedhealth.org/' },
      { '@type': 'CreativeWork', name: 'UK consensus', description: 'Brooke-Wavell 2022.' },
    ]);
  });

  it('makes a strength exercise an ExercisePlan with repetitions per set and the recommended days', () => {
    expect(exerciseStructuredData(squats, useTranslations('en').t).mainEntity).toMatchObject({
      '@type': 'ExercisePlan',
      name: 'Squats',
      exerciseType: 'Muscle strength',
      category: 'https://schema.org/StrengthTraining',
      activityFrequency: 'at least 2 days a week',
      repetitions: { '@type': 'QuantitativeValue', minValue: 8, maxValue: 12, unitText: 'repetitions per set' },
      additionalVariable: '2 to 3 sets × 8 to 12 repetitions',
    });
    expect(exerciseStructuredData(squats, useTranslations('en').t).mainEntity).not.toHaveProperty('intensity');
  });

  it('gives a balance exercise its seconds as the duration and 4 to 7 days a week', () => {
    const plan = withDose({ kind: 'seconds', seconds: [30, 60], perSide: true }, { category: 'balance' }).mainEntity;
    expect(plan).toMatchObject({
      category: 'https://schema.org/Balance',
      activityFrequency: '4 to 7 days a week',
      activityDuration: { '@type': 'QuantitativeValue', minValue: 30, maxValue: 60, unitCode: 'SEC' },
      additionalVariable: '30 to 60 seconds on each side',
    });
    expect(plan).not.toHaveProperty('repetitions');
  });

  it('counts a longer bone activity as aerobic and short hard bone exercises as anaerobic', () => {
    expect(withDose({ kind: 'minutes', minutes: [20, 30] }, { category: 'bone' }).mainEntity).toMatchObject({
      category: 'https://schema.org/AerobicActivity',
      activityDuration: { minValue: 20, maxValue: 30, unitCode: 'MIN' },
    });
    expect(withDose({ kind: 'reps', sets: [3, 5], reps: [10, 10], perSide: false }, { category: 'bone' }).mainEntity.category).toBe(
      'https://schema.org/AnaerobicActivity',
    );
  });

  it('states the intensity only for moderate and high impacts', () => {
    for (const impact of ['moderate', 'high'] as const) {
      const jumps = withDose({ kind: 'reps', sets: [3, 5], reps: [10, 10], perSide: false }, { category: 'bone', impact });
      expect(jumps.mainEntity.intensity).toBe(en['flag.strongImpact']);
    }
    expect(withDose({ kind: 'minutes', minutes: [20, 30] }, { category: 'bone', impact: 'low' }).mainEntity).not.toHaveProperty('intensity');
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element, whatever the text says', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
