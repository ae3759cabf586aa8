/**
 * The formats the archive reads, by file extension, and those it refuses with the reason. One table: the
 * listing (src/lib/ingest/listing.ts), the extractors and the download route all read it.
 */
export type SourceFormat = 'txt' | 'md' | 'docx' | 'pdf' | 'image';

export interface FormatEntry {
  format: SourceFormat;
  /** Media type the original is served with at its source path. */
  mediaType: string;
}

/** Lower-case extension (no dot) → format. */
export const FORMATS: Readonly<Record<string, FormatEntry>> = {
  txt: { format: 'txt', mediaType: 'text/plain; charset=utf-8' },
  md: { format: 'md', mediaType: 'text/markdown; charset=utf-8' },
  docx: { format: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { format: 'pdf', mediaType: 'application/pdf' },
  png: { format: 'image', mediaType: 'image/png' },
  jpg: { format: 'image', mediaType: 'image/jpeg' },
  jpeg: { format: 'image', mediaType: 'image/jpeg' },
  tif: { format: 'image', mediaType: 'image/tiff' },
  tiff: { format: 'image', mediaType: 'image/tiff' },
};

/** Formats met in offices that the archive does not read, with what to do instead. */
const REFUSED: Readonly<Record<string, string>> = {
  doc: 'tệp Word 97–2003 (.doc) không được hỗ trợ: hãy lưu lại thành .docx hoặc PDF',
  rtf: 'tệp RTF không được hỗ trợ: hãy lưu lại thành .docx hoặc PDF',
  odt: 'tệp OpenDocument (.odt) không được hỗ trợ: hãy lưu lại thành .docx hoặc PDF',
  html: 'trang web (.html) không được hỗ trợ: hãy lưu văn bản thành .docx, PDF hoặc .txt',
  htm: 'trang web (.htm) không được hỗ trợ: hãy lưu văn bản thành .docx, PDF hoặc .txt',
  xls: 'bảng tính không phải văn bản: không được hỗ trợ',
  xlsx: 'bảng tính không phải văn bản: không được hỗ trợ',
  zip: 'tệp nén: hãy giải nén và đặt từng văn bản vào thư mục nguồn',
  rar: 'tệp nén: hãy giải nén và đặt từng văn bản vào thư mục nguồn',
};

export const ACCEPTED_EXTENSIONS = Object.keys(FORMATS);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot > name.lastIndexOf('/') ? name.slice(dot + 1).toLowerCase() : '';
}

/** The format of a source file, or why it is refused. */
export function formatOf(name: string): { ok: true; entry: FormatEntry; extension: string } | { ok: false; reason: string } {
  const extension = extensionOf(name);
  const entry = FORMATS[extension];
  if (entry) return { ok: true, entry, extension };
  const known = REFUSED[extension];
  if (known) return { ok: false, reason: known };
  const accepted = ACCEPTED_EXTENSIONS.map((ext) => `.${ext}`).join(', ');
  return { ok: false, reason: `${extension === '' ? 'tệp không có phần mở rộng' : `định dạng .${extension} không được hỗ trợ`} (nhận ${accepted})` };
}
