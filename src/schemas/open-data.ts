/**
 * The rows of the open-data CSV files, field by field, with the Vietnamese description a citizen reads on
 * /du-lieu/ and in the data dictionary (du-lieu/datapackage.json): both are generated from these
 * `.describe()` texts, and every published row is checked against these schemas before it is written.
 * A cell holding a list joins its items with " | " (src/lib/portal/csv.ts).
 */
import { z } from 'astro/zod';
import { t, type MessageKey } from '../i18n/t.ts';
import { RELATION_ORDER, relationKeys, relationSchema } from './relations.ts';
import { changeKindSchema, statusValueSchema } from './status.ts';

const text = (description: string) => z.string().nullable().describe(description);
const list = (description: string) => z.array(z.string()).describe(`${description} Nhiều giá trị được nối bằng “ | ”.`);

export const catalogueRowSchema = z.object({
  id: z.string().describe('Mã định danh ổn định của văn bản; trang của văn bản là /van-ban/{id}/ và không bao giờ đổi.'),
  kind: z.enum(['document', 'instrument']).describe('document: kho lưu toàn văn văn bản; instrument: văn bản chỉ được các văn bản trong kho dẫn chiếu, kho chưa lưu toàn văn.'),
  title: z.string().describe('Tên ngắn: loại văn bản và số ký hiệu (Công văn 5817/UBND-KTTH).'),
  citation: z.string().describe('Trích dẫn chuẩn: loại, số ký hiệu, ngày và cơ quan ban hành.'),
  docType: text('Loại văn bản (Công văn, Kế hoạch, Quyết định…).'),
  number: text('Số của văn bản, như in trên văn bản; trống khi văn bản để trống số.'),
  symbol: text('Ký hiệu của văn bản (UBND-KTTH, KH-UBND, NQ-CP…).'),
  numberSymbol: text('Số và ký hiệu viết liền như khi trích dẫn (5817/UBND-KTTH).'),
  issuer: text('Cơ quan ban hành.'),
  issuerParent: text('Cơ quan chủ quản in phía trên cơ quan ban hành, nếu có.'),
  place: text('Địa danh ghi trước ngày ban hành.'),
  date: text('Ngày ban hành theo ISO 8601: 2024-10-29, hoặc 2024-02 khi chỉ biết tháng, 2024 khi chỉ biết năm.'),
  datePrecision: z.enum(['day', 'month', 'year']).nullable().describe('Độ chính xác của ngày ban hành: day (ngày), month (tháng), year (năm).'),
  subject: text('Trích yếu: văn bản về việc gì. Với văn bản chưa lưu toàn văn, điều mà văn bản dẫn chiếu đầu tiên nói về nó.'),
  recipients: list('Kính gửi: các cơ quan, đơn vị văn bản gửi đến.'),
  distribution: list('Nơi nhận: các cơ quan, đơn vị nhận văn bản để biết hoặc thực hiện.'),
  signerMarks: list('Dấu thẩm quyền ký (KT., TM., TL., TUQ., Q.).'),
  signerCapacity: text('Chức vụ của người ký (PHÓ CHỦ TỊCH).'),
  signerName: text('Họ tên người ký.'),
  corrected: list('Các trường do biên tập viên hiệu đính, không trích xuất tự động.'),
  sourceFile: text('Tên tệp văn bản gốc kho nhận được.'),
  sourceSha256: text('Mã băm SHA-256 của tệp gốc, để kiểm tra tệp tải về đúng là tệp kho đã nhận.'),
  url: z.string().describe('Địa chỉ đầy đủ của trang văn bản.'),
  cites: list('Mã định danh (id) các văn bản mà văn bản này dẫn chiếu.'),
  citedBy: list('Mã định danh (id) các văn bản trong kho dẫn chiếu văn bản này.'),
  legalStatus: statusValueSchema.describe(
    `Tình trạng hiệu lực tính đến ngày dựng trang: ${statusValueSchema.options.map((key) => `${key} (${t(`legal.${key}`)})`).join(', ')}.`,
  ),
  legalStatusSince: text('Ngày bắt đầu tình trạng hiệu lực đó (ISO 8601), khi biết.'),
  inForceFrom: text('Ngày có hiệu lực (ISO 8601), khi văn bản trong kho nêu.'),
  inForceUntil: text('Ngày cuối cùng còn hiệu lực theo thời hạn văn bản nêu (đến hết ngày …), khi có.'),
  changedBy: list('Mã định danh (id) các văn bản sửa đổi, bổ sung, thay thế, bãi bỏ… văn bản này.'),
  changes: list('Mã định danh (id) các văn bản mà văn bản này sửa đổi, bổ sung, thay thế, bãi bỏ…'),
});
export type CatalogueRow = z.infer<typeof catalogueRowSchema>;

export const citationRowSchema = z.object({
  from: z.string().describe('Mã định danh (id) của văn bản dẫn chiếu.'),
  to: z.string().describe('Mã định danh (id) của văn bản được dẫn chiếu.'),
  relation: relationSchema.describe(
    `Quan hệ giữa hai văn bản, đọc từ động từ đứng trước trích dẫn: ${RELATION_ORDER.map((key) => `${key} (${t(relationKeys(key).label as MessageKey)})`).join(', ')}.`,
  ),
  paragraph: z.string().describe('Đoạn của văn bản dẫn chiếu chứa trích dẫn (d12: địa chỉ /van-ban/{from}/#d12).'),
  printed: z.string().describe('Trích dẫn đúng như in trong văn bản.'),
  sentence: z.string().describe('Câu chứa trích dẫn.'),
});
export type CitationRow = z.infer<typeof citationRowSchema>;

export const changeRowSchema = z.object({
  from: text('Mã định danh (id) của văn bản sửa đổi, thay thế, bãi bỏ…; trống khi văn bản nêu sự thay đổi không nêu tên văn bản đó.'),
  to: z.string().describe('Mã định danh (id) của văn bản bị thay đổi.'),
  kind: changeKindSchema.describe(`Loại thay đổi: ${changeKindSchema.options.map((key) => `${key} (${t(relationKeys(key).label as MessageKey)})`).join(', ')}.`),
  part: text('Phần bị thay đổi, như văn bản nêu (khoản 2 Điều 3, một số điều); trống khi là toàn bộ văn bản.'),
  byPart: text('Phần của văn bản sửa đổi thực hiện thay đổi (khoản 3 Điều 1), khi văn bản nêu.'),
  effective: text('Ngày thay đổi có hiệu lực (ISO 8601), khi biết: ngày văn bản nêu, hoặc ngày văn bản sửa đổi có hiệu lực.'),
  reported: z.enum(['true', 'false']).describe('true khi văn bản nêu sự thay đổi chỉ thuật lại thay đổi do văn bản khác thực hiện; false khi chính văn bản đó thực hiện.'),
  document: z.string().describe('Mã định danh (id) của văn bản trong kho nêu sự thay đổi.'),
  paragraph: z.string().describe('Đoạn của văn bản đó chứa câu nêu sự thay đổi (d12: địa chỉ /van-ban/{document}/#d12).'),
  sentence: z.string().describe('Câu nêu sự thay đổi (với danh sách: câu dẫn, “…”, rồi mục của danh sách).'),
});
export type ChangeRow = z.infer<typeof changeRowSchema>;

/** A row schema's columns in order, each with its description (for /du-lieu/ and the data package). */
export function describedColumns(schema: z.ZodObject): Array<{ name: string; description: string; list: boolean }> {
  return Object.entries(schema.shape).map(([name, field]) => {
    const type = field as z.ZodType;
    return { name, description: type.description ?? '', list: type instanceof z.ZodArray };
  });
}
