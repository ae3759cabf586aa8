/** Pins what the index takes from a built page: the body's text by blocks, without ignored parts or boilerplate, and its Pagefind attributes. */
import { describe, expect, it } from 'vitest';
import { readPageText } from '../page-text.ts';
import { searchRecordHtml } from '../search-record.ts';

const page = `<!doctype html><html lang="vi"><head><title>x</title></head><body>
<header><form><input name="q"></form></header><nav>Trang chủ</nav>
<main data-pagefind-body>
  <h1>Kế hoạch 12/KH-UBND<small> Về &amp; hợp tác</small></h1>
  <div class="pagefind-meta"><span data-pagefind-meta="title[data-value]" data-value="Kế hoạch 12/KH-UBND"></span>
  <span data-pagefind-filter="loai[data-value]" data-value="Kế hoạch"></span><span data-pagefind-filter="pham-vi[data-value]" data-value="Văn bản lưu trữ"></span>
  <span data-pagefind-sort="date[data-value]" data-value="2024-04-15"></span></div>
  <section class="metadata" data-pagefind-ignore><dl><dt>Số ký hiệu</dt><dd>12/KH-UBND</dd></dl></section>
  <div class="trich-dan" data-pagefind-ignore><label>Trích dẫn</label><textarea>Kế hoạch số 12</textarea></div>
  <article class="van-ban">
    <div class="vb-dau"><p>ỦY BAN NHÂN DÂN HUYỆN BA TƠ</p></div>
    <div class="vb-dau"><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></div>
    <div class="vb-dau"><p>Độc lập - Tự do - Hạnh phúc</p></div>
    <div class="vb-noi-dung"><p>Triển khai <a href="/van-ban/x/">Nghị quyết số 57/NQ-CP</a> của Chính phủ.</p></div>
    <ul class="vb-noi-nhan"><li><p>Như trên;</p></li><li><p>Lưu: VT.</p></li></ul>
    <div class="vb-chu-ky"><p>Nguyễn Văn A</p></div>
  </article>
  <section data-pagefind-ignore><h2>Văn bản dẫn chiếu</h2></section>
</main><footer>Chân trang</footer></body></html>`;

describe('page text for the index', () => {
  const text = readPageText(page);

  it('keeps the body’s text in blocks, headings as headings', () => {
    expect(text.body).toBe(true);
    expect(text.blocks).toEqual([
      { tag: 'h1', text: 'Kế hoạch 12/KH-UBND Về & hợp tác' },
      { tag: 'p', text: 'ỦY BAN NHÂN DÂN HUYỆN BA TƠ' },
      { tag: 'p', text: 'Triển khai Nghị quyết số 57/NQ-CP của Chính phủ.' },
      { tag: 'p', text: 'Nguyễn Văn A' },
    ]);
  });

  it('reads meta, filters and sort keys wherever they are', () => {
    expect(text.meta).toEqual({ title: 'Kế hoạch 12/KH-UBND' });
    expect(text.filters).toEqual({ loai: ['Kế hoạch'], 'pham-vi': ['Văn bản lưu trữ'] });
    expect(text.sort).toEqual({ date: '2024-04-15' });
  });

  it('finds no body on a page without data-pagefind-body', () => {
    expect(readPageText('<html><body><main><p>Danh sách</p></main></body></html>')).toMatchObject({ body: false, blocks: [] });
  });

  it('gives Pagefind the text in index words, escaped, with the attributes', () => {
    const html = searchRecordHtml(text);
    expect(html).toContain('<main data-pagefind-body="">');
    expect(html).toContain('<h1>Kế‿hoạch hoạch‿ 12/KH-UBND Về‿ &#x26; hợp‿tác tác‿</h1>');
    expect(html).toContain('data-pagefind-meta="title[data-value]" data-value="Kế‿hoạch hoạch‿ 12/KH-UBND"');
    expect(html).toContain('data-pagefind-filter="loai[data-value]" data-value="Kế hoạch"');
    expect(html).toContain('data-pagefind-sort="date[data-value]" data-value="2024-04-15"');
  });
});
