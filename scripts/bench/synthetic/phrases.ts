/**
 * Phrase banks and the sentence builder for bodies. Sentences are assembled as officials write
 * them: an adverb of urgency, a task from the topic, the manner, a purpose, sometimes a citation
 * and a deadline (`báo cáo UBND tỉnh trước ngày 30/6/2025`).
 */
import { addDays, monthText, shortDate, type SimpleDate } from './dates.ts';
import type { Citer } from './cite.ts';
import type { Rng } from './random.ts';
import { fillTopic, type Topic } from './topics.ts';

export const URGENCY = ['Tập trung', 'Tiếp tục', 'Chủ động', 'Khẩn trương', 'Quyết liệt', 'Thường xuyên', 'Chỉ đạo các đơn vị trực thuộc', 'Phối hợp chặt chẽ với các cơ quan liên quan để', 'Triển khai thực hiện'];

export const MANNER = [
  'quyết liệt, đồng bộ, hiệu quả', 'đúng quy định của pháp luật', 'bảo đảm tiến độ, chất lượng', 'công khai, minh bạch',
  'thiết thực, tránh hình thức, lãng phí', 'theo chức năng, nhiệm vụ được giao', 'trên địa bàn', 'thuộc phạm vi quản lý',
];

export const PURPOSE = [
  'nhằm nâng cao hiệu lực, hiệu quả quản lý nhà nước', 'góp phần hoàn thành các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội năm {year}',
  'tạo điều kiện thuận lợi cho người dân và doanh nghiệp', 'bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội',
  'nâng cao đời sống vật chất và tinh thần của Nhân dân', 'thúc đẩy tăng trưởng kinh tế bền vững', 'không để phát sinh điểm nóng, khiếu kiện đông người',
];

export const EXTRA = [
  'kịp thời tháo gỡ khó khăn, vướng mắc phát sinh', 'không để xảy ra tình trạng chậm trễ, đùn đẩy trách nhiệm',
  'xử lý nghiêm các trường hợp vi phạm', 'trường hợp vượt thẩm quyền, kịp thời báo cáo, đề xuất {authority} xem xét, chỉ đạo',
  'phân công cụ thể người chịu trách nhiệm, thời hạn hoàn thành', 'đề cao trách nhiệm người đứng đầu',
];

const CITE_LINKS = ['theo đúng nội dung chỉ đạo tại', 'theo', 'theo yêu cầu tại', 'bám sát nội dung', 'triển khai đầy đủ nội dung', 'đúng tinh thần'];

export interface Scene {
  rng: Rng;
  date: SimpleDate;
  topic: Topic;
  /** Who addressees report to: `UBND tỉnh`, `UBND huyện`, `Ban Thường vụ Tỉnh ủy`. */
  authority: string;
  /** The department leading the topic on this date. */
  lead: string;
  citer: Citer;
  /** Chance that a sentence carries a citation (raised while citations remain). */
  citeRate: number;
}

export function fill(s: Scene, text: string): string {
  return fillTopic(text, s.date.year).replaceAll('{authority}', s.authority);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function deadline(s: Scene): string {
  const due = addDays(s.date, s.rng.int(10, 150));
  return s.rng.pick([
    `hoàn thành trước ngày ${shortDate(due)}`,
    `báo cáo ${s.authority} (qua ${s.lead}) trước ngày ${shortDate(due)}`,
    `thời gian hoàn thành trong tháng ${monthText(due.month)}/${due.year}`,
    `định kỳ hằng quý báo cáo kết quả về ${s.lead} để tổng hợp, báo cáo ${s.authority}`,
  ]);
}

/** A citation for this sentence, if the dice and the remaining pool allow. */
function maybeCite(s: Scene): string | null {
  const rate = s.citer.remaining() > 0 ? s.citeRate : s.citeRate * 0.25;
  return s.rng.chance(rate) ? s.citer.next() : null;
}

/** One task sentence, without a leading marker. */
export function taskSentence(s: Scene): string {
  const { rng } = s;
  const parts = [`${rng.pick(URGENCY)} ${fill(s, rng.pick(s.topic.tasks))} ${rng.pick(MANNER)}`];
  const cited = maybeCite(s);
  if (cited) parts.push(`${rng.pick(CITE_LINKS)} ${cited}`);
  if (rng.chance(0.4)) parts.push(fill(s, rng.pick(EXTRA)));
  if (rng.chance(0.35)) parts.push(fill(s, rng.pick(PURPOSE)));
  if (rng.chance(0.35)) parts.push(deadline(s));
  return capitalize(parts.join(', ')).replace(/\s+,/g, ',') + (rng.chance(0.5) ? '.' : ';');
}

/** A paragraph of several task sentences joined as in prose. */
export function paragraph(s: Scene, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(taskSentence(s).replace(/;$/, '.'));
  return out.join(' ');
}

/** A report-back sentence (`báo cáo kết quả thực hiện Kế hoạch số …`). */
export function reportSentence(s: Scene): string {
  const cited = s.citer.remaining() > 0 ? s.citer.next() : null;
  const what = cited ? `kết quả thực hiện ${cited}` : 'kết quả thực hiện';
  return `Các cơ quan, đơn vị báo cáo ${what} về ${s.lead} trước ngày ${shortDate(addDays(s.date, s.rng.int(20, 200)))} để tổng hợp, báo cáo ${s.authority}.`;
}
