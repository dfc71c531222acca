/**
 * "Add to my calendar": a small form the island adds to the plan (its words are in the island's
 * dictionary, so the page's first round trip carries none of them). Native date, time and
 * select inputs, checked by the browser; the file is made here and handed over as a download.
 */
import { isDate, localToday, nextMonday } from '../../lib/calendar/dates';
import type { CalendarChoice } from './calendar';
import type { PlanWords } from './strings';

/** Reminders on offer, in minutes before the session. */
const reminders = [15, 30, 60] as const;

const fieldClass = 'min-h-11 rounded-md border-2 border-line bg-paper px-2';

function field(label: string, control: HTMLInputElement | HTMLSelectElement): HTMLLabelElement {
  const wrapper = document.createElement('label');
  wrapper.className = 'flex flex-col gap-1';
  const text = document.createElement('span');
  text.className = 'font-bold';
  text.textContent = label;
  control.className = fieldClass;
  wrapper.append(text, control);
  return wrapper;
}

function input(type: 'date' | 'time', name: string, value: string): HTMLInputElement {
  const element = document.createElement('input');
  Object.assign(element, { type, name, value, required: true });
  return element;
}

/** Builds the form; `onDownload` gets the reader's choices when the form is sent. */
export function calendarForm(words: PlanWords, today: Date, onDownload: (choice: CalendarChoice) => void): HTMLElement {
  const details = document.createElement('details');
  details.className = 'no-print mt-6 rounded-lg border-2 border-line p-4';
  details.dataset.planCalendar = '';
  const summary = document.createElement('summary');
  summary.className = 'min-h-11 cursor-pointer text-xl font-bold';
  summary.textContent = words.text('plan.calendar.title');
  const intro = document.createElement('p');
  intro.className = 'mt-2 max-w-[66ch]';
  intro.textContent = words.text('plan.calendar.intro');

  const form = document.createElement('form');
  form.className = 'mt-4 flex flex-wrap items-center gap-4';
  const start = input('date', 'start', nextMonday(localToday(today)));
  const time = input('time', 'time', '10:00');
  const reminder = document.createElement('select');
  reminder.name = 'reminder';
  reminder.append(
    new Option(words.text('plan.calendar.reminder.none'), ''),
    ...reminders.map((minutes) => new Option(words.text('plan.calendar.reminder.minutes', { minutes }), String(minutes))),
  );
  const button = document.createElement('button');
  button.type = 'submit';
  button.className = 'button';
  button.textContent = words.text('plan.calendar.download');
  form.append(
    field(words.text('plan.calendar.start'), start),
    field(words.text('plan.calendar.time'), time),
    field(words.text('plan.calendar.reminder'), reminder),
    button,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // The browser has checked the inputs; one without date inputs sends what was typed, so look again.
    if (!isDate(start.value) || !/^\d{2}:\d{2}$/.test(time.value)) return start.focus();
    onDownload({
      start: start.value,
      time: time.value,
      ...(reminder.value ? { alarmMinutes: Number(reminder.value) } : {}),
    });
  });
  details.append(summary, intro, form);
  return details;
}

/** Hands `text` to the browser as a file download; nothing is sent anywhere. */
export function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by the next task; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
