/** Whether a deadline has passed, for the timeline and the agency pages. */
import type { Deadline, DeadlineStatus } from '../../schemas/tasks.ts';

/**
 * `past` once the last day the deadline allows is before `today` (a month, quarter or year deadline
 * runs to its last day), `upcoming` otherwise; `recurring` for `thường xuyên`; `unknown` when the
 * deadline has no ISO value (year not printed, impossible date).
 */
export function deadlineStatus(deadline: Deadline, today: string): DeadlineStatus {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`deadlineStatus: today must be YYYY-MM-DD, got ${today}`);
  if (deadline.kind === 'recurring') return 'recurring';
  const last = lastDay(deadline);
  if (last === null) return 'unknown';
  return last < today ? 'past' : 'upcoming';
}

/** The last day a deadline allows, `YYYY-MM-DD`, or null when it cannot be known. */
export function lastDay(deadline: Deadline): string | null {
  const iso = deadline.iso;
  if (iso === null) return null;
  let m: RegExpExecArray | null;
  if (deadline.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  if (deadline.kind === 'month' && (m = /^(\d{4})-(\d{2})$/.exec(iso))) return endOfMonth(Number(m[1]), Number(m[2]));
  if (deadline.kind === 'quarter' && (m = /^(\d{4})-Q([1-4])$/.exec(iso))) return endOfMonth(Number(m[1]), Number(m[2]) * 3);
  if (deadline.kind === 'year' && /^\d{4}$/.test(iso)) return `${iso}-12-31`;
  return null;
}

function endOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
