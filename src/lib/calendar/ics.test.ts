import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeCalendar, type CalendarEvent } from './ics';

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (text: string) => text.replace(/\r\n /g, '');

const event = (fields: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'a1-20261207@osteomove',
  start: { date: '2026-12-07', time: '10:00' },
  summary: 'Exercise: balance, strength; bone',
  description: 'Line one\nC:\\path, with; marks',
  ...fields,
});

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('leaves colons and other text alone', () => {
    expect(escapeText('Week 1: 2 × 10 „Kniebeugen“')).toBe('Week 1: 2 × 10 „Kniebeugen“');
  });
});

describe('foldLine', () => {
  it('keeps a line of 75 octets whole and folds the 76th onto a new line starting with a space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
  it('counts UTF-8 octets, never splits a character and unfolds to the same line', () => {
    for (const line of ['ä'.repeat(100), `DESCRIPTION:${'Übung × 3 '.repeat(40)}`, '€'.repeat(80) + 'x', '😀'.repeat(50)]) {
      const folded = foldLine(line);
      for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
      expect(
        folded
          .split('\r\n')
          .slice(1)
          .every((part) => part.startsWith(' ')),
      ).toBe(true);
      expect(unfold(folded)).toBe(line);
      expect(folded).not.toContain('\uFFFD');
    }
  });
});

describe('writeCalendar', () => {
  const stamp = new Date(Date.UTC(2026, 11, 2, 8, 5, 9));
  const text = writeCalendar({
    product: '-//OsteoMove//Plan//EN',
    name: 'OsteoMove',
    stamp,
    events: [
      event({
        alarmMinutes: 30,
        url: 'https://osteomove.example/plan/?week=1',
      }),
      event({
        uid: 'b',
        start: { date: '2026-12-09', time: '07:30' },
        description: 'ß'.repeat(200),
      }),
    ],
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('reads back with a real parser: floating start, stamp in UTC, texts unescaped, the reminder', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [first, second] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(first!.uid).toBe('a1-20261207@osteomove');
    expect(first!.summary).toBe('Exercise: balance, strength; bone');
    expect(first!.description).toBe('Line one\nC:\\path, with; marks');
    expect(first!.startDate.toString()).toBe('2026-12-07T10:00:00');
    expect(first!.startDate.isDate).toBe(false);
    expect(first!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBeUndefined();
    expect(first!.startDate.zone?.tzid).toBe('floating');
    expect(first!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-02T08:05:09Z');
    const alarm = first!.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-PT30M');
    expect(second!.description).toBe('ß'.repeat(200));
    expect(second!.startDate.toString()).toBe('2026-12-09T07:30:00');
    expect(second!.component.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('refuses a start that is not a date and a time', () => {
    expect(() =>
      writeCalendar({
        product: 'p',
        name: 'n',
        stamp,
        events: [event({ start: { date: '7.12.2026', time: '10:00' } })],
      }),
    ).toThrow();
  });
});
