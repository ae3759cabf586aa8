/**
 * Copy and share on a document page, enhancing what works without it: the citation stays selectable text,
 * the paragraphs keep their `#d{n}` anchors. With this script, a "Sao chép trích dẫn" button copies the
 * citation, and each paragraph of the text gets a small link to itself that copies its address.
 * Messages come from the page (data-* attributes rendered from src/i18n/vi.json).
 */
function announce(status: HTMLElement | null, message: string): void {
  if (!status) return;
  status.textContent = '';
  // A new text node after a tick, so that screen readers announce a repeated message too.
  window.setTimeout(() => (status.textContent = message), 50);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function enhanceCitation(root: HTMLElement): void {
  const text = root.querySelector<HTMLElement>('[data-citation-text]');
  const button = root.querySelector<HTMLButtonElement>('button[data-copy]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  if (!text || !button) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const done = await copy(text.textContent?.trim() ?? '');
    if (!done) window.getSelection()?.selectAllChildren(text);
    announce(status, done ? (root.dataset.copied ?? '') : (root.dataset.selectHint ?? ''));
  });
}

function enhanceParagraphs(article: HTMLElement, status: HTMLElement | null): void {
  const label = article.dataset.paragraphLink ?? '';
  const copied = article.dataset.paragraphCopied ?? '';
  for (const block of article.querySelectorAll<HTMLElement>('.vb-noi-dung[id], li[id]')) {
    if (!/^d\d+$/.test(block.id) || block.closest('.vb-dau, .vb-noi-nhan, .vb-chu-ky, .vb-kinh-gui')) continue;
    const n = block.id.slice(1);
    const link = document.createElement('a');
    link.className = 'para-link';
    link.href = `#${block.id}`;
    link.textContent = '¶';
    link.setAttribute('aria-label', label.replace('{n}', n));
    link.addEventListener('click', async (event) => {
      event.preventDefault();
      history.replaceState(null, '', `#${block.id}`);
      block.scrollIntoView({ block: 'nearest' });
      const url = new URL(`#${block.id}`, window.location.href).href;
      announce(status, (await copy(url)) ? copied.replace('{n}', n) : url);
    });
    (block.querySelector('p') ?? block).append(' ', link);
  }
}

const citation = document.querySelector<HTMLElement>('[data-citation-tools]');
if (citation) enhanceCitation(citation);
const article = document.querySelector<HTMLElement>('article.van-ban[data-paragraph-link]');
if (article) enhanceParagraphs(article, document.querySelector<HTMLElement>('#trang-thai-chia-se'));
