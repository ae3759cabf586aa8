/**
 * The outside instruments documents cite: a fixed pool of real national ones (laws, Nghị quyết
 * 57/NQ-CP, Kết luận 94-KL/TW…) plus a few hundred plausible ones built from a constant seed, so
 * that every corpus, whatever its own seed, cites the same national instruments.
 */
import { dayNumber, fromDayNumber, progress, type SimpleDate } from './dates.ts';
import { numberText } from './registers.ts';
import { createRng, type Rng } from './random.ts';
import { fillTopic, TOPICS } from './topics.ts';
import type { Citable } from './types.ts';

const POOL_SEED = 20_250_701;

function d(text: string): SimpleDate {
  const [day, month, year] = text.split('/').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

function law(lawName: string, reference: string, date: string): Citable {
  return { kindName: 'Luật', lawName, reference, date: d(date), issuer: 'Quốc hội', subject: '' };
}

function real(kindName: string, reference: string, date: string, issuer: string, subject: string): Citable {
  return { kindName, reference, date: d(date), issuer, subject };
}

/** Real instruments, as the seeds and the reference notes cite them. */
const FIXED: readonly Citable[] = [
  law('Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân', '11/2003/QH11', '26/11/2003'),
  law('Luật Tổ chức chính quyền địa phương', '77/2015/QH13', '19/6/2015'),
  law('Luật Tổ chức chính quyền địa phương', '72/2025/QH15', '16/6/2025'),
  law('Luật Ban hành văn bản quy phạm pháp luật', '80/2015/QH13', '22/6/2015'),
  law('Luật Ngân sách nhà nước', '01/2002/QH11', '16/12/2002'),
  law('Luật Ngân sách nhà nước', '83/2015/QH13', '25/6/2015'),
  law('Luật Đầu tư công', '49/2014/QH13', '18/6/2014'),
  law('Luật Đầu tư công', '39/2019/QH14', '13/6/2019'),
  law('Luật Quy hoạch', '21/2017/QH14', '24/11/2017'),
  law('Luật Đất đai', '13/2003/QH11', '26/11/2003'),
  law('Luật Đất đai', '45/2013/QH13', '29/11/2013'),
  law('Luật Đất đai', '31/2024/QH15', '18/01/2024'),
  law('Luật Xây dựng', '50/2014/QH13', '18/6/2014'),
  law('Luật Bảo vệ môi trường', '72/2020/QH14', '17/11/2020'),
  law('Luật Đầu tư', '61/2020/QH14', '17/6/2020'),
  law('Luật Phòng, chống thiên tai', '33/2013/QH13', '19/6/2013'),
  law('Luật Cán bộ, công chức', '22/2008/QH12', '13/11/2008'),
  real('Nghị quyết', '57/NQ-CP', '21/4/2022', 'Chính phủ', 'các nhiệm vụ, giải pháp hoàn thiện thể chế liên kết vùng kinh tế - xã hội'),
  real('Nghị quyết', '128/NQ-CP', '11/9/2020', 'Chính phủ', 'các nhiệm vụ, giải pháp đẩy mạnh phát triển vùng kinh tế trọng điểm'),
  real('Nghị quyết', '99/NQ-CP', '24/6/2020', 'Chính phủ', 'đẩy mạnh phân cấp quản lý nhà nước theo ngành, lĩnh vực'),
  real('Nghị định', '107/2021/NĐ-CP', '06/12/2021', 'Chính phủ', 'sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP'),
  real('Nghị định', '61/2018/NĐ-CP', '23/4/2018', 'Chính phủ', 'thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính'),
  real('Nghị định', '30/2020/NĐ-CP', '05/3/2020', 'Chính phủ', 'công tác văn thư'),
  real('Nghị định', '45/2020/NĐ-CP', '08/4/2020', 'Chính phủ', 'thực hiện thủ tục hành chính trên môi trường điện tử'),
  real('Quyết định', '1456/QĐ-TTg', '22/11/2023', 'Thủ tướng Chính phủ', 'phê duyệt Quy hoạch tỉnh Quảng Ngãi thời kỳ 2021-2030, tầm nhìn đến năm 2050'),
  real('Chỉ thị', '27/CT-TTg', '19/11/2019', 'Thủ tướng Chính phủ', 'các giải pháp thúc đẩy tăng trưởng và phát triển bền vững vùng miền Trung'),
  real('Kết luận', '94-KL/TW', '13/9/2024', 'Bộ Chính trị', 'Quy hoạch Thành phố Hồ Chí Minh thời kỳ 2021-2030, tầm nhìn đến năm 2050'),
  real('Nghị quyết', '26-NQ/TW', '03/11/2022', 'Bộ Chính trị', 'phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng Bắc Trung Bộ và duyên hải Trung Bộ đến năm 2030, tầm nhìn đến năm 2045'),
  real('Nghị quyết', '57-NQ/TW', '22/12/2024', 'Bộ Chính trị', 'đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia'),
  real('Nghị quyết', '18-NQ/TW', '25/10/2017', 'Ban Chấp hành Trung ương', 'một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả'),
  real('Nghị quyết', '81/2023/QH15', '09/01/2023', 'Quốc hội', 'Quy hoạch tổng thể quốc gia thời kỳ 2021-2030, tầm nhìn đến năm 2050'),
  real('Bản Ghi nhớ giữa tỉnh Nghệ An và tỉnh Quảng Ngãi', '', '24/7/2023', 'Tỉnh ủy Quảng Ngãi và Tỉnh ủy Nghệ An', ''),
];

interface Series {
  kindName: string;
  issuer: string;
  /** Symbol after the number; `{y}` is the year. */
  symbol: string;
  /** Numbers issued per period (a year, or a Party congress term). */
  volume: number;
  party: boolean;
  count: number;
}

const SERIES: readonly Series[] = [
  { kindName: 'Nghị quyết', issuer: 'Chính phủ', symbol: 'NQ-CP', volume: 200, party: false, count: 45 },
  { kindName: 'Nghị định', issuer: 'Chính phủ', symbol: '{y}/NĐ-CP', volume: 170, party: false, count: 60 },
  { kindName: 'Quyết định', issuer: 'Thủ tướng Chính phủ', symbol: 'QĐ-TTg', volume: 2000, party: false, count: 60 },
  { kindName: 'Chỉ thị', issuer: 'Thủ tướng Chính phủ', symbol: 'CT-TTg', volume: 35, party: false, count: 25 },
  { kindName: 'Công điện', issuer: 'Thủ tướng Chính phủ', symbol: 'CĐ-TTg', volume: 130, party: false, count: 15 },
  { kindName: 'Thông tư', issuer: 'Bộ Tài chính', symbol: '{y}/TT-BTC', volume: 120, party: false, count: 25 },
  { kindName: 'Thông tư', issuer: 'Bộ Kế hoạch và Đầu tư', symbol: '{y}/TT-BKHĐT', volume: 20, party: false, count: 10 },
  { kindName: 'Thông tư', issuer: 'Bộ Nội vụ', symbol: '{y}/TT-BNV', volume: 15, party: false, count: 10 },
  { kindName: 'Thông tư', issuer: 'Bộ Tài nguyên và Môi trường', symbol: '{y}/TT-BTNMT', volume: 40, party: false, count: 10 },
  { kindName: 'Kết luận', issuer: 'Bộ Chính trị', symbol: 'KL/TW', volume: 300, party: true, count: 30 },
  { kindName: 'Chỉ thị', issuer: 'Ban Bí thư', symbol: 'CT/TW', volume: 50, party: true, count: 15 },
  { kindName: 'Nghị quyết', issuer: 'Bộ Chính trị', symbol: 'NQ/TW', volume: 60, party: true, count: 10 },
];

/** Central Party terms (Đại hội IX–XIII): Party numbers restart at each. */
const TW_TERMS = [2001, 2006, 2011, 2016, 2021, 2026].map((year) => ({ year, month: 2, day: 1 }));

function subjectFor(rng: Rng, series: Series, year: number): string {
  const topic = rng.pick(TOPICS.filter((t) => (t.from ?? 0) <= year && year <= (t.to ?? 9999)));
  const subject = fillTopic(rng.pick(topic.subjects), year);
  if (series.kindName === 'Nghị định') return rng.pick(['quy định chi tiết', 'hướng dẫn', 'quy định về']) + ' ' + subject;
  if (series.kindName === 'Quyết định') return 'phê duyệt Chương trình ' + subject;
  return subject;
}

function generated(): Citable[] {
  const rng = createRng(POOL_SEED);
  const seen = new Set(FIXED.map((c) => `${c.reference}|${c.date.year}`));
  const out: Citable[] = [];
  const first = dayNumber({ year: 2001, month: 1, day: 1 });
  const last = dayNumber({ year: 2025, month: 12, day: 31 });
  for (const series of SERIES) {
    for (let k = 0; k < series.count; k++) {
      const date = fromDayNumber(rng.int(first, last));
      let start: SimpleDate = { year: date.year, month: 1, day: 1 };
      let end: SimpleDate = { year: date.year, month: 12, day: 31 };
      if (series.party) {
        const i = TW_TERMS.findIndex((t, j) => dayNumber(t) <= dayNumber(date) && dayNumber(date) < dayNumber(TW_TERMS[j + 1] ?? date));
        start = TW_TERMS[Math.max(0, i)] ?? start;
        end = TW_TERMS[Math.max(0, i) + 1] ?? end;
      }
      let n = 1 + Math.floor(series.volume * progress(date, start, end) * (0.9 + 0.2 * rng.next()));
      const symbol = series.symbol.replace('{y}', String(date.year));
      const ref = (m: number): string => (series.party ? `${m}-${symbol}` : `${numberText(m)}/${symbol}`);
      while (seen.has(`${ref(n)}|${date.year}`)) n++;
      seen.add(`${ref(n)}|${date.year}`);
      out.push({ kindName: series.kindName, reference: ref(n), date, issuer: series.issuer, subject: subjectFor(rng, series, date.year) });
    }
  }
  // Every January the Government issues its Nghị quyết 01 on the year's plan and budget.
  for (let year = 2010; year <= 2025; year++) {
    out.push({
      kindName: 'Nghị quyết', reference: '01/NQ-CP', date: { year, month: 1, day: rng.int(3, 9) }, issuer: 'Chính phủ',
      subject: `những nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm ${year}`,
    });
  }
  return out;
}

/** The whole pool, oldest first. Built once: it is the same for every corpus. */
export const NATIONAL: readonly Citable[] = [...FIXED, ...generated()]
  .filter((c, i, all) => all.findIndex((o) => o.reference === c.reference && o.date.year === c.date.year) === i)
  .sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
