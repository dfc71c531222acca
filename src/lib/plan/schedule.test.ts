import { describe, expect, it } from 'vitest';
import { weekdays, type Weekday } from './profile';
import { distance, hasNeighbours, schedule, spread } from './schedule';

/** Every subset of the week, in week order: all 128 ways to choose days. */
const allDaySets: Weekday[][] = Array.from({ length: 128 }, (_, mask) => weekdays.filter((_, i) => mask & (1 << i)));
const allowsGap = (days: Weekday[]) => days.some((a) => days.some((b) => distance(a, b) > 1));

describe('distance between days', () => {
  it('goes the short way round the week: Sunday is next to Monday', () => {
    expect(distance('sun', 'mon')).toBe(1);
    expect(distance('mon', 'thu')).toBe(3);
    expect(distance('mon', 'fri')).toBe(3);
    expect(hasNeighbours(['mon', 'sun'])).toBe(true);
    expect(hasNeighbours(['mon', 'wed', 'fri'])).toBe(false);
  });
});

describe('spread', () => {
  it('spreads two days as far apart as possible, earliest first on a tie', () => {
    expect(spread([...weekdays], 2)).toEqual(['mon', 'thu']);
    expect(spread(['mon', 'wed', 'fri'], 2)).toEqual(['mon', 'fri']);
  });

  it('counts Sunday to Monday as neighbours', () => {
    expect(spread(['mon', 'sat', 'sun'], 2)).toEqual(['mon', 'sat']);
  });

  it('takes neighbouring days only when nothing else is possible', () => {
    expect(spread(['mon', 'tue'], 2)).toEqual(['mon', 'tue']);
  });
});

describe('schedule', () => {
  it('puts strength on two days that are not neighbours wherever the days allow, over all 128 day choices', () => {
    for (const days of allDaySets.filter((d) => d.length >= 2)) {
      const { strength, training } = schedule(days);
      expect(training).toEqual(days);
      expect(strength).toHaveLength(2);
      expect(strength.every((d) => days.includes(d))).toBe(true);
      if (allowsGap(days)) expect(hasNeighbours(strength)).toBe(false);
    }
  });

  it('puts bone training on two chosen days, away from strength days when there are enough', () => {
    for (const days of allDaySets.filter((d) => d.length >= 2)) {
      const { strength, bone } = schedule(days);
      expect(bone).toHaveLength(2);
      expect(bone.every((d) => days.includes(d))).toBe(true);
      if (days.length >= 4) expect(bone.some((d) => strength.includes(d))).toBe(false);
    }
  });

  it('puts balance on every training day, and into daily life on all other days when fewer than 4 are free', () => {
    for (const days of allDaySets.filter((d) => d.length >= 2)) {
      const { balance, daily } = schedule(days);
      expect(balance).toEqual(days);
      expect(daily).toEqual(days.length < 4 ? weekdays.filter((d) => !days.includes(d)) : []);
      expect(balance.length + daily.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('adds the day farthest away when only one day is chosen', () => {
    expect(schedule(['mon'])).toMatchObject({ training: ['mon', 'thu'], added: ['thu'], usedDefault: false });
    expect(schedule(['sun'])).toMatchObject({ training: ['wed', 'sun'], added: ['wed'] });
    for (const [day] of allDaySets.filter((d) => d.length === 1)) {
      const { training, strength, added } = schedule([day as Weekday]);
      expect(training).toHaveLength(2);
      expect(added).toHaveLength(1);
      expect(hasNeighbours(strength)).toBe(false);
    }
  });

  it('uses the default days (Monday, Wednesday, Friday) when none are chosen', () => {
    expect(schedule([])).toMatchObject({ training: ['mon', 'wed', 'fri'], strength: ['mon', 'fri'], usedDefault: true, added: [] });
  });

  it('gives the same schedule for the same days', () => {
    for (const days of allDaySets) expect(schedule(days)).toEqual(schedule([...days]));
  });
});
