/**
 * Debian packages the tests need besides Chromium: Tesseract with its Vietnamese data and poppler's
 * pdftoppm (scans are read with them, and the tests rasterise PDFs with pdftoppm). Installed with apt
 * when missing, never downloaded.
 */
import { execFileSync } from 'node:child_process';

const OCR_PACKAGES = ['tesseract-ocr', 'tesseract-ocr-vie', 'poppler-utils'];

function present(): boolean {
  try {
    const languages = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return /^vie$/m.test(languages);
  } catch {
    return false;
  }
}

/** Makes sure tesseract (with `vie`) and pdftoppm are there, or throws one sentence saying why not. */
export function ensureOcrPackages(): void {
  if (present()) return;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(`Thiếu Tesseract (tiếng Việt) hoặc pdftoppm; hãy cài bằng "sudo apt-get install -y ${OCR_PACKAGES.join(' ')}".`);
  }
  console.log(`test: đang cài ${OCR_PACKAGES.join(', ')} của Debian bằng apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...OCR_PACKAGES], { stdio: 'inherit', env });
  if (!present()) throw new Error(`apt-get đã chạy nhưng vẫn thiếu tesseract (vie) hoặc pdftoppm.`);
}
