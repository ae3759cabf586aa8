/**
 * iCalendar (RFC 5545) for task deadlines: CRLF line endings, content lines folded at 75 octets (never
 * inside a UTF-8 sequence), TEXT values escaped (`\\`, `;`, `,`, newlines), all-day VEVENTs. A deadline
 * that is a month, quarter or year becomes an all-day event on its last day, with the printed phrase in
 * the summary; recurring deadlines and those without a known day are left out.
 */
import { lastDay } from '../tasks/status.ts';
import type { TaskRecord } from '../../schemas/tasks.ts';

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line to at most 75 octets per physical line (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    // UTF-8 length from the code point: encoding each character costs seconds over a large calendar.
    const code = ch.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines begin with one space
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface CalendarEvent {
  uid: string;
  /** All-day, `YYYY-MM-DD`. */
  day: string;
  summary: string;
  description: string;
  url: string;
}

const compact = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A whole calendar. `stamp` is the build day (`YYYY-MM-DD`), used as every event's DTSTAMP. */
export function calendar(name: string, events: CalendarEvent[], stamp: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Luu tru van ban tinh Quang Ngai//Thoi han//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${compact(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(event.day)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(event.day))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      `URL:${event.url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

export interface TaskEventContext {
  /** Absolute URL of the paragraph stating the task. */
  urlOf: (task: TaskRecord) => string;
  /** Short citation of the document stating it (`Công văn 5817/UBND-KTTH`). */
  titleOf: (task: TaskRecord) => string;
  /** Host part of stable UIDs (`vanban.quangngai.gov.vn`). */
  host: string;
  /** UI words of the description (from vi.json): the deadline and coordinating-bodies labels. */
  labels: { deadline: string; support: string };
}

const SUMMARY_ACTION = 120;

/** The events of the tasks that have a calendar day, in day then task-id order. */
export function taskEvents(tasks: TaskRecord[], context: TaskEventContext): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const task of tasks) {
    if (!task.deadline || task.deadline.kind === 'recurring') continue;
    const day = lastDay(task.deadline);
    if (!day) continue;
    const action = task.action.length > SUMMARY_ACTION ? `${task.action.slice(0, SUMMARY_ACTION - 1).trimEnd()}…` : task.action;
    const who = task.lead.length > 0 ? `${task.lead.join('; ')}: ` : '';
    const phrase = task.deadline.kind === 'date' ? '' : ` (${task.deadline.printed})`;
    events.push({
      uid: `${task.document}-d${task.block}-${task.id.split('~')[2] ?? '0'}@${context.host}`,
      day,
      summary: `${who}${action}${phrase}`,
      description: [
        task.action,
        `${context.labels.deadline}: ${task.deadline.printed}`,
        task.support.length > 0 ? `${context.labels.support}: ${task.support.join('; ')}` : '',
        `${context.titleOf(task)}: ${context.urlOf(task)}`,
      ].filter(Boolean).join('\n'),
      url: context.urlOf(task),
    });
  }
  return events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
}
