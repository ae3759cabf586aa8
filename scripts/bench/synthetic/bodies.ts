/**
 * Bodies by document type, shaped like the seeds: a công văn opens with what it implements and
 * lists numbered tasks; a kế hoạch has I. Mục đích, yêu cầu / II. Nội dung / III. Tổ chức thực
 * hiện; a quyết định or nghị quyết has its `Căn cứ` lines and Articles; a thông báo reports a
 * meeting's conclusions. Items are added until the body reaches the document's byte budget.
 */
import { addDays, shortDate } from './dates.ts';
import { ISSUERS, type Issuer } from './issuers.ts';
import { assignees, speakerOf } from './actors.ts';
import { capitalize, deadline, fill, paragraph, reportSentence, taskSentence, type Scene } from './phrases.ts';
import type { DocType } from './types.ts';

export interface BodyPlan {
  scene: Scene;
  issuer: Issuer;
  type: DocType;
  legal: boolean;
  subject: string;
  budget: number;
}

const LETTERS = 'abcdđeghiklmn';

class Growing {
  parts: string[] = [];
  bytes = 0;
  add(text: string): void {
    this.parts.push(text);
    this.bytes += Buffer.byteLength(text) + 2;
  }
}

/** Adds numbered items (with lettered sub-items) until the budget is spent. */
function items(p: BodyPlan, out: Growing, style: 'tasks' | 'units' | 'articles', startAt = 1): number {
  const s = p.scene;
  const units = assignees(p.issuer, s.date);
  let n = startAt;
  const prefix = p.type === 'cv' && s.rng.chance(0.5) ? '2.' : '';
  while (out.bytes < p.budget) {
    if (style === 'units') out.add(`${prefix}${n}. ${s.rng.pick(units)}`);
    else if (style === 'articles') out.add(`Điều ${n}. ${capitalize(fill(s, s.topic.tasks[(n - 1) % s.topic.tasks.length] ?? ''))}`);
    else out.add(`${n}. ${taskSentence(s)}`);
    const subs = s.rng.int(0, 4);
    for (let k = 0; k < subs && out.bytes < p.budget; k++) out.add(`${LETTERS[k]}) ${taskSentence(s)}`);
    if (subs === 0 && style !== 'tasks') out.add(paragraph(s, s.rng.int(1, 3)));
    n++;
  }
  return n;
}

/** `Căn cứ …;` lines of a quyết định or nghị quyết. */
function basis(p: BodyPlan, out: Growing, lines: number): void {
  for (let i = 0; i < lines; i++) {
    const cited = p.scene.citer.next();
    if (cited) out.add(`Căn cứ ${cited};`);
  }
}

function cv(p: BodyPlan, out: Growing): void {
  const s = p.scene;
  const cites = [s.citer.next(), s.rng.chance(0.5) ? s.citer.next() : null].filter((c): c is string => c !== null);
  const opening = cites.length > 0 ? `${s.rng.pick(['Thực hiện', 'Căn cứ', 'Triển khai'])} ${cites.join('; ')}` : `Nhằm ${fill(s, s.rng.pick(s.topic.tasks))}`;
  const follow = s.citer.remaining() > 0 && s.rng.chance(0.3) ? `, tiếp theo ${s.citer.next() ?? ''}` : '';
  out.add(`${opening}${follow}, ${speakerOf(p.issuer, s.rng)} ${s.rng.pick(['có ý kiến như sau:', 'yêu cầu các cơ quan, đơn vị tập trung triển khai thực hiện một số nội dung sau:', 'đề nghị các cơ quan, đơn vị quan tâm thực hiện các nội dung sau:'])}`);
  items(p, out, s.rng.chance(0.5) ? 'tasks' : 'units');
  if (s.rng.chance(0.5)) out.add(reportSentence(s));
  out.add(`Yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương ${s.rng.pick(['nghiêm túc triển khai thực hiện', 'triển khai thực hiện', 'quan tâm phối hợp thực hiện'])}./.`);
}

function kh(p: BodyPlan, out: Growing): void {
  const s = p.scene;
  const cites = [s.citer.next(), s.citer.next()].filter((c): c is string => c !== null);
  if (cites.length > 0) out.add(`${s.rng.pick(['Căn cứ', 'Thực hiện'])} ${cites.join('; ')}; ${speakerOf(p.issuer, s.rng)} ban hành Kế hoạch ${p.subject.charAt(0).toLowerCase()}${p.subject.slice(1)} như sau:`);
  out.add('I. MỤC ĐÍCH, YÊU CẦU');
  out.add('1. Mục đích');
  out.add(paragraph(s, s.rng.int(1, 3)));
  out.add('2. Yêu cầu');
  out.add(paragraph(s, s.rng.int(1, 2)));
  out.add('II. NỘI DUNG, NHIỆM VỤ');
  const budget = p.budget;
  p.budget = Math.max(out.bytes + 400, budget - 900);
  let n = 1;
  while (out.bytes < p.budget) {
    out.add(`${n++}. ${taskSentence(s)}`);
    out.add(`- Cơ quan chủ trì: ${s.rng.pick(assignees(p.issuer, s.date))}.`);
    out.add(`- Thời gian thực hiện: ${s.rng.chance(0.3) ? 'Thường xuyên' : `Trước ngày ${shortDate(addDays(s.date, s.rng.int(15, 300)))}`}.`);
  }
  p.budget = budget;
  out.add('III. TỔ CHỨC THỰC HIỆN');
  out.add(`1. ${taskSentence(s)}`);
  out.add(`2. ${s.lead} có trách nhiệm theo dõi, đôn đốc, tổng hợp, ${deadline(s)}.`);
  out.add(`Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo ${s.authority} (qua ${s.lead}) để xem xét, chỉ đạo./.`);
}

function qd(p: BodyPlan, out: Growing): void {
  const s = p.scene;
  const who = p.issuer.kind === 'department' ? `GIÁM ĐỐC ${p.issuer.header[1] ?? ''}` : p.legal ? `ỦY BAN NHÂN DÂN ${p.issuer.header[1] ?? ''}` : `CHỦ TỊCH ỦY BAN NHÂN DÂN ${p.issuer.header[1] ?? ''}`;
  out.add(who);
  basis(p, out, s.rng.int(2, 6));
  // The proposal comes from the lead unit, so its symbol carries that unit's code.
  const code = p.issuer.kind === 'province' ? (ISSUERS.find((i) => i.citedAs === s.lead)?.code ?? 'VP') : s.rng.pick(p.issuer.units);
  const proposal = `Tờ trình số ${s.rng.int(10, 400)}/TTr-${code}`;
  const when = addDays(s.date, -s.rng.int(3, 30));
  s.citer.record({ reference: proposal.replace('Tờ trình số ', ''), date: when, issuer: s.lead, text: `${proposal} ngày ${shortDate(when)}` });
  out.add(`Theo đề nghị của ${s.lead} tại ${proposal} ngày ${shortDate(when)}.`);
  out.add('QUYẾT ĐỊNH:');
  out.add(`Điều 1. ${p.subject.replace(/^Về việc /, '').replace(/^./, (c) => c.toUpperCase())}, với các nội dung chủ yếu sau:`);
  const budget = p.budget;
  p.budget = Math.max(out.bytes + 300, budget - 600);
  items(p, out, 'tasks');
  p.budget = budget;
  out.add(`Điều 2. Giao ${s.lead} chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức triển khai thực hiện; ${deadline(s)}.`);
  out.add(p.legal ? `Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ${shortDate(addDays(s.date, 10))}.` : 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.');
  out.add(`Điều 4. Chánh Văn phòng, Thủ trưởng ${s.lead} và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`);
}

function tb(p: BodyPlan, out: Growing): void {
  const s = p.scene;
  const met = addDays(s.date, -s.rng.int(1, 7));
  out.add(`Ngày ${shortDate(met)}, ${speakerOf(p.issuer, s.rng)} chủ trì cuộc họp ${p.subject.replace(/^.*cuộc họp /, '')}. Tham dự cuộc họp có đại diện lãnh đạo ${s.lead} và các cơ quan, đơn vị liên quan. Sau khi nghe ${s.lead} báo cáo và ý kiến phát biểu của các đại biểu dự họp, kết luận như sau:`);
  items(p, out, 'tasks');
  out.add(`${p.issuer.kind === 'party' ? 'Văn phòng Tỉnh ủy' : 'Văn phòng'} thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.`);
}

function nq(p: BodyPlan, out: Growing): void {
  const s = p.scene;
  if (p.issuer.kind === 'council') {
    const term = s.date.year >= 2021 ? 'XIII' : s.date.year >= 2016 ? 'XII' : s.date.year >= 2011 ? 'XI' : 'X';
    out.add(`HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI\nKHÓA ${term}, KỲ HỌP THỨ ${s.rng.int(2, 25)}`);
    basis(p, out, s.rng.int(2, 6));
    out.add(`Xét Tờ trình của UBND tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh; ý kiến thảo luận của đại biểu HĐND tỉnh tại kỳ họp.`);
    out.add('QUYẾT NGHỊ:');
    items(p, out, 'articles');
    out.add(`Nghị quyết này đã được HĐND tỉnh Quảng Ngãi thông qua ngày ${shortDate(s.date)} và có hiệu lực từ ngày ${shortDate(addDays(s.date, 10))}./.`);
    return;
  }
  out.add(`${s.rng.pick(['Thực hiện', 'Quán triệt'])} ${s.citer.next() ?? 'chủ trương của Trung ương'}, Ban Thường vụ Tỉnh ủy ${p.type === 'kl' ? 'kết luận' : 'quyết nghị'} như sau:`);
  out.add('I. TÌNH HÌNH VÀ NGUYÊN NHÂN');
  out.add(paragraph(s, s.rng.int(2, 4)));
  out.add('II. NHIỆM VỤ VÀ GIẢI PHÁP');
  items(p, out, 'tasks');
  out.add('III. TỔ CHỨC THỰC HIỆN');
  out.add(`Ban cán sự đảng UBND tỉnh, Đảng đoàn HĐND tỉnh, các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt, triển khai thực hiện; ${deadline(s)}./.`);
}

export function composeBody(p: BodyPlan): string {
  const out = new Growing();
  if (p.type === 'cv') cv(p, out);
  else if (p.type === 'kh') kh(p, out);
  else if (p.type === 'qd') qd(p, out);
  else if (p.type === 'tb') tb(p, out);
  else nq(p, out);
  return out.parts.join('\n\n');
}
