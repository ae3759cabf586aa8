/**
 * The build day: what "today" means for deadline status (past / upcoming), legal status ("chưa có hiệu
 * lực") and the iCalendar DTSTAMP. It is the day the site is built, in Việt Nam time (UTC+7, no daylight
 * saving), so that a daily rebuild keeps every status true; with `SOURCE_DATE_EPOCH` set (seconds, the
 * reproducible-builds convention: tests and the reproducibility check set it) it is that instant's day
 * instead, and two builds of the same sources are byte-identical.
 */
const VIETNAM_OFFSET_SECONDS = 7 * 3600;

/** `YYYY-MM-DD` of the build; `now` is the clock in milliseconds (a parameter for tests). */
export function buildDay(sourceDateEpoch: string | undefined = process.env.SOURCE_DATE_EPOCH, now: number = Date.now()): string {
  const epoch = sourceDateEpoch?.trim();
  if (epoch && !/^\d+$/.test(epoch)) throw new RangeError(`SOURCE_DATE_EPOCH phải là số giây, không phải "${epoch}"`);
  const seconds = epoch ? Number(epoch) : Math.floor(now / 1000);
  return new Date((seconds + VIETNAM_OFFSET_SECONDS) * 1000).toISOString().slice(0, 10);
}
