/**
 * The paper frame around a body, in the layouts seen in the seeds: issuer block and motto in
 * either order, `Số:` with or without bold, the subject after `V/v` (wrapped or not) or a type
 * title, `Kính gửi:`, then `Nơi nhận:` and the signature block (authority marks, capacity, name).
 */
import { dayText, monthText, type SimpleDate } from './dates.ts';
import type { Issuer } from './issuers.ts';
import { officialName } from './names.ts';
import type { Rng } from './random.ts';
import type { DocType } from './types.ts';

export interface Frame {
  rng: Rng;
  seed: number;
  issuer: Issuer;
  type: DocType;
  date: SimpleDate;
  /** Printed number (`05`, `2395`) or null for a blank copy. */
  number: string | null;
  symbol: string;
  blankDay: boolean;
  /** Type title (`KẾ HOẠCH`) or null for a công văn. */
  title: string | null;
  /** Subject lines under the title (or after `V/v`). */
  subject: string;
  recipients: string[] | null;
  distribution: string[];
}

const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const PARTY_MOTTO = ['ĐẢNG CỘNG SẢN VIỆT NAM'];

/** Cuts text into lines of about `width` characters at spaces (subjects wrap in the header cell). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function block(lines: string[], bold: boolean, hardBreaks: boolean): string {
  const joined = lines.join(hardBreaks ? '  \n' : '\n');
  return bold ? `**${joined}**` : joined;
}

function numberLine(f: Frame, bold: boolean): string {
  const party = f.issuer.kind === 'party';
  if (f.number === null) return party ? `Số:    -${f.symbol}` : `Số: ${f.rng.pick(['', '   ', '      '])}/${f.symbol}`;
  const n = bold ? `**${f.number}**` : f.number;
  return party ? `Số: ${n}-${f.symbol}` : `Số: ${n}${bold && f.rng.chance(0.3) ? ' ' : ''}/${f.symbol}`;
}

function dateLine(f: Frame, bold: boolean): string {
  const { date } = f;
  const day = f.blankDay ? '  ' : bold ? `**${dayText(date.day)}**` : dayText(date.day);
  return `${f.issuer.place}, ngày ${day} tháng ${monthText(date.month)} năm ${date.year}`.replace('ngày    tháng', 'ngày tháng');
}

function subjectPart(f: Frame, bold: boolean, markdown: boolean): string {
  if (f.title === null) {
    const text = `V/v ${f.subject}`;
    return f.rng.chance(0.6) ? wrap(text, f.rng.int(26, 40)).join('\n') : text;
  }
  if (markdown) return `## ${f.title}\n\n### ${f.subject}`;
  return `${block([f.title], bold, false)}\n\n${block([f.subject], bold, false)}`;
}

function recipientsPart(f: Frame): string | null {
  if (!f.recipients) return null;
  if (f.recipients.length === 1) return `Kính gửi: ${f.recipients[0]}.`;
  const items = f.recipients.map((r, i) => `- ${r}${i === (f.recipients?.length ?? 0) - 1 ? '.' : ';'}`);
  return `Kính gửi:\n\n${items.join('\n')}`;
}

export function renderHeader(f: Frame): string {
  const { rng } = f;
  const bold = rng.chance(0.6);
  const hard = rng.chance(0.3);
  const markdown = f.title !== null && rng.chance(0.25);
  // The Party's star stays outside the bold run (`**…**\n*`), or it would read as `***`.
  const star = f.issuer.header.at(-1) === '*';
  const issuer = block(star ? f.issuer.header.slice(0, -1) : f.issuer.header, bold, hard) + (star ? '\n*' : '');
  const motto = f.issuer.kind === 'party' ? PARTY_MOTTO : MOTTO;
  const mottoText = rng.chance(0.2) ? motto.join('\n\n') : block(motto, bold, hard);
  const parts =
    rng.chance(0.6)
      ? [issuer, mottoText, numberLine(f, bold), dateLine(f, bold), subjectPart(f, bold, markdown)]
      : [issuer, numberLine(f, bold), ...(f.title === null ? [subjectPart(f, bold, markdown), mottoText, dateLine(f, bold)] : [mottoText, dateLine(f, bold), subjectPart(f, bold, markdown)])];
  const recipients = recipientsPart(f);
  if (recipients) parts.push(recipients);
  return `\n\n${parts.join('\n\n')}\n\n`;
}

/** Capacity lines of the signature and the office whose holder signs. */
function signature(f: Frame, legal: boolean): { lines: string[]; office: string } {
  const { rng, issuer, type } = f;
  const deputy = (): string => `deputy${rng.int(1, 3)}`;
  const pick = (options: [string[], string][]): { lines: string[]; office: string } => {
    const [lines, office] = rng.pick(options);
    return { lines, office };
  };
  switch (issuer.kind) {
    case 'department':
      return pick([[['GIÁM ĐỐC'], 'head'], [['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], deputy()], [['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], deputy()]]);
    case 'council':
      if (type === 'nq') return { lines: ['CHỦ TỊCH'], office: 'head' };
      return pick([[['TM. THƯỜNG TRỰC HĐND', 'CHỦ TỊCH'], 'head'], [['TM. THƯỜNG TRỰC HĐND', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], deputy()]]);
    case 'party':
      if (type === 'tb') return pick([[['T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'], 'office'], [['T/L BAN THƯỜNG VỤ', 'PHÓ CHÁNH VĂN PHÒNG'], 'office-deputy']]);
      return pick([[['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'], 'head'], [['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC'], 'deputy1'], [['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'], 'deputy2']]);
    default:
      if (type === 'tb') return pick([[['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'], 'office'], [['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'], 'office-deputy']]);
      if (legal || type === 'kh') return pick([[['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'head'], [['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], deputy()]]);
      return pick([[['CHỦ TỊCH'], 'head'], [['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], deputy()], [['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], deputy()]]);
  }
}

export function signerName(f: Frame, office: string): string {
  return officialName(f.seed, `${f.issuer.id}|${office}`, f.date.year);
}

export function renderClosing(f: Frame, legal: boolean): string {
  const { rng } = f;
  const label = rng.pick(['Nơi nhận:', '**Nơi nhận:**', '*Nơi nhận:*']);
  const items = f.distribution.map((d, i) => `- ${d}${i === f.distribution.length - 1 ? '.' : ';'}`);
  const sig = signature(f, legal);
  const bold = rng.chance(0.6);
  const name = signerName(f, sig.office);
  return `${label}\n\n${items.join('\n')}\n\n\n\n${block(sig.lines, bold, bold)}\n\n${bold ? `**${name}**` : name}\n`;
}
