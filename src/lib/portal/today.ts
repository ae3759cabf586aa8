/**
 * The build day: what "today" means for deadline status (past / upcoming) and the iCalendar DTSTAMP.
 * It never comes from the wall clock, so two builds of the same sources are byte-identical:
 * `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) read as a date in Việt Nam time
 * (UTC+7, no daylight saving) when set; otherwise the date of the newest document in the archive
 * (a document dated only to the month or year counts from its first day); `1970-01-01` for an empty archive.
 */
import type { PartialDate } from '../types.ts';

const VIETNAM_OFFSET_SECONDS = 7 * 3600;

export function buildDay(dates: Array<PartialDate | null>, sourceDateEpoch: string | undefined = process.env.SOURCE_DATE_EPOCH): string {
  const epoch = sourceDateEpoch?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new RangeError(`SOURCE_DATE_EPOCH phải là số giây, không phải "${epoch}"`);
    return new Date((Number(epoch) + VIETNAM_OFFSET_SECONDS) * 1000).toISOString().slice(0, 10);
  }
  let newest = '';
  for (const date of dates) {
    if (!date) continue;
    const [year, month = '01', day = '01'] = date.iso.split('-');
    const iso = `${year}-${month}-${day}`;
    if (iso > newest) newest = iso;
  }
  return newest || '1970-01-01';
}
