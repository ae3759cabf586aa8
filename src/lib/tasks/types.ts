/** The shapes the task extractor hands to the document page, agency pages, the timeline and iCalendar. */

/**
 * When a task is due. `iso` is `YYYY-MM-DD` (date), `YYYY-MM` (month), `YYYY-Qn` (quarter), `YYYY` (year),
 * or null for a recurring task and for a date whose year is unknown or that does not exist on the calendar.
 */
export interface Deadline {
  kind: 'date' | 'month' | 'quarter' | 'year' | 'recurring';
  iso: string | null;
  /** As printed (OCR damage included), spaces squashed: `trước ngày 30/6/2025`, `Tháng 4 năm 2024`. */
  printed: string;
}

/** One assignment stated in a document. */
export interface Task {
  /** Index (in the document's blocks) of the block where the task is stated. */
  block: number;
  /** Responsible bodies (chủ trì, chỉ đạo, tham mưu, or the subject of the instruction), normalized. */
  lead: string[];
  /** Bodies that coordinate (phối hợp). */
  support: string[];
  /** What is asked, as printed: the clause(s) of the block that state the task, spaces squashed. */
  action: string;
  deadline: Deadline | null;
}

export type DeadlineStatus = 'past' | 'upcoming' | 'recurring' | 'unknown';
