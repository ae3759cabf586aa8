/**
 * One document: subject and title by type, the frame (header, closing) and the body, sized to a
 * byte target; then, for a share of documents, a blank number or OCR damage.
 */
import { areaWord, authorityOf, distributionOf, leadFor, recipientsOf } from './actors.ts';
import { composeBody } from './bodies.ts';
import { createCiter } from './cite.ts';
import type { SimpleDate } from './dates.ts';
import type { Issuer } from './issuers.ts';
import { renderClosing, renderHeader, type Frame } from './layout.ts';
import { damage } from './ocr.ts';
import { capitalize, type Scene } from './phrases.ts';
import type { Numbering } from './registers.ts';
import { numberText } from './registers.ts';
import type { Rng } from './random.ts';
import { fillTopic, topicsFor, type Topic } from './topics.ts';
import type { Citable, DocType, DocumentMeta } from './types.ts';

export interface DocumentPlan {
  index: number;
  seed: number;
  rng: Rng;
  issuer: Issuer;
  type: DocType;
  legal: boolean;
  date: SimpleDate;
  numbering: Numbering;
  cites: Citable[];
  ocr: boolean;
  blankNumber: boolean;
  /** Bytes the clean text should reach (2–20 kB). */
  target: number;
}

const TITLES: Record<DocType, string | null> = { cv: null, kh: 'KẾ HOẠCH', qd: 'QUYẾT ĐỊNH', tb: 'THÔNG BÁO', nq: 'NGHỊ QUYẾT', kl: 'KẾT LUẬN' };

/** The printed subject and the plain one other documents can cite (`''` when it embeds a citation). */
function subjectOf(plan: DocumentPlan, topic: Topic, scene: Scene): { printed: string; plain: string } {
  const { rng, type, issuer, date } = plan;
  const base = fillTopic(rng.pick(topic.subjects), date.year);
  switch (type) {
    case 'cv': {
      const cited = rng.chance(0.3) ? scene.citer.next() : null;
      return cited ? { printed: `triển khai thực hiện ${cited}`, plain: '' } : { printed: base, plain: base };
    }
    case 'kh':
      return { printed: capitalize(base), plain: base };
    case 'qd': {
      const what = plan.legal ? `Ban hành Quy định ${base}` : rng.pick([`Về việc ban hành Kế hoạch ${base}`, `Về việc phê duyệt Đề án ${base}`, `Về việc thành lập Tổ công tác ${base}`]);
      return { printed: what, plain: what.replace(/^Về việc /, '').replace(/^./, (c) => c.toLowerCase()) };
    }
    case 'tb': {
      const chair = issuer.kind === 'party' ? 'Thường trực Tỉnh ủy' : issuer.kind === 'department' ? `Giám đốc ${issuer.citedAs}` : issuer.kind === 'council' ? 'Thường trực HĐND tỉnh' : `${rng.pick(['Chủ tịch', 'Phó Chủ tịch'])} UBND ${issuer.kind === 'district' ? areaWord(issuer) : 'tỉnh'}`;
      const printed = `Kết luận của ${chair} tại cuộc họp ${base}`;
      return { printed, plain: printed.replace(/^./, (c) => c.toLowerCase()) };
    }
    default:
      if (issuer.kind === 'party') return { printed: `của Ban Thường vụ Tỉnh ủy về ${base}`, plain: base };
      return { printed: plan.legal ? `Quy định ${base}` : `Về ${base}`, plain: base };
  }
}

function firstRecipient(type: DocType, issuer: Issuer): string {
  if (type === 'cv') return 'Như trên';
  if (type === 'qd') return 'Như Điều 4';
  if (type === 'nq') return issuer.kind === 'party' ? 'Ban Bí thư Trung ương Đảng (b/cáo)' : 'Chính phủ (b/cáo)';
  if (type === 'tb') return 'Các cơ quan, đơn vị dự họp';
  return 'Các cơ quan, đơn vị tại Mục III';
}

export function makeDocument(plan: DocumentPlan): { text: string; meta: DocumentMeta; plainSubject: string } {
  const { rng, issuer, type, date } = plan;
  const topic = rng.pick(topicsFor(date.year));
  const lead = leadFor(issuer, topic.lead, date, rng);
  const citer = createCiter(plan.cites, rng);
  const scene: Scene = { rng, date, topic, authority: authorityOf(issuer), lead, citer, citeRate: 0.45 };
  const subject = subjectOf(plan, topic, scene);
  const unit = plan.numbering.symbol.includes('-') && type === 'cv' ? plan.numbering.symbol.split('-')[1] ?? '' : rng.pick(issuer.units.length > 0 ? issuer.units : ['TH']);
  const frame: Frame = {
    rng, seed: plan.seed, issuer, type, date,
    number: plan.blankNumber ? null : numberText(plan.numbering.number),
    symbol: plan.numbering.symbol,
    blankDay: plan.blankNumber && rng.chance(0.7),
    title: TITLES[type],
    subject: subject.printed,
    recipients: type === 'cv' ? recipientsOf(issuer, rng, date) : null,
    distribution: distributionOf(issuer, rng, firstRecipient(type, issuer), unit),
  };
  const header = renderHeader(frame);
  const closing = renderClosing(frame, plan.legal);
  const budget = Math.max(600, plan.target - Buffer.byteLength(header) - Buffer.byteLength(closing));
  const body = composeBody({ scene, issuer, type, legal: plan.legal, subject: subject.printed, budget });
  let text = `${header}${body}\n\n${closing}`.normalize('NFC');
  if (plan.ocr) text = damage(text, rng, rng.chance(0.3));
  const meta: DocumentMeta = {
    index: plan.index, type, issuerId: issuer.id, issuer: issuer.name,
    number: plan.blankNumber ? null : plan.numbering.number,
    symbol: plan.numbering.symbol,
    reference: plan.blankNumber ? null : plan.numbering.reference,
    date, subject: subject.printed, ocr: plan.ocr, blankNumber: plan.blankNumber, citations: citer.used,
  };
  return { text, meta, plainSubject: subject.plain };
}
