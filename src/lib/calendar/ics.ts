/**
 * A small iCalendar (RFC 5545) writer for the plan's calendar file. Written here rather than
 * taken from a library: the ones that write the format (ical.js, ical-generator, ics) each
 * weigh more than the plan island's whole budget has left.
 */

/** A date and a time of day on the reader's wall clock, with no time zone. */
export interface LocalDateTime {
  /** `YYYY-MM-DD`, as a date input gives it. */
  date: string;
  /** `HH:MM`, as a time input gives it. */
  time: string;
}

export interface CalendarEvent {
  /** Unique and stable: downloading the same plan again updates events instead of doubling them. */
  uid: string;
  start: LocalDateTime;
  summary: string;
  description: string;
  url?: string;
  /** Minutes before the start to remind the reader; none without. */
  alarmMinutes?: number;
}

export interface Calendar {
  /** Names the program that made the file (`PRODID`). */
  product: string;
  /** The calendar's name, shown by calendar apps that support it. */
  name: string;
  events: readonly CalendarEvent[];
  /** When the file was made (`DTSTAMP`). */
  stamp: Date;
}

/** Text values escape backslashes, semicolons, commas and line breaks (RFC 5545, 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545, 3.1): the rest goes on
 * lines that start with a space. Counted in UTF-8 bytes, never splitting a character.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line's leading space counts towards its 75 octets.
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** `2026-12-07` and `10:00` as `20261207T100000`. */
function localStamp({ date, time }: LocalDateTime): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) throw new Error(`Not a date and time: "${date}" "${time}".`);
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

const utcStamp = (moment: Date): string => `${moment.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    // Floating time (no TZID): the session is at 10:00 on the reader's clock wherever they are,
    // and a TZID would need a VTIMEZONE with the zone's rules, which the browser cannot give.
    `DTSTART:${localStamp(event.start)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url === undefined ? [] : [`URL:${event.url}`]),
    ...(event.alarmMinutes === undefined
      ? []
      : ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, `TRIGGER:-PT${event.alarmMinutes}M`, 'END:VALARM']),
    'END:VEVENT',
  ];
}

/** The whole file: CRLF line endings, every line folded. */
export function writeCalendar({ product, name, events, stamp }: Calendar): string {
  const dtstamp = utcStamp(stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(product)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => eventLines(event, dtstamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
