// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** Sub-path the portal serves the archive under (`BASE_PATH=/luu-tru/ npm run build`); `/` by default. */
function basePath() {
  const raw = process.env.BASE_PATH?.trim() || '/';
  const withSlashes = `/${raw.replace(/^\/+|\/+$/g, '')}/`;
  return withSlashes === '//' ? '/' : withSlashes;
}

export default defineConfig({
  site: process.env.SITE_URL || 'https://vanban.quangngai.gov.vn',
  base: basePath(),
  trailingSlash: 'always',
  // The Content-Security-Policy (script-src and style-src 'self', no 'unsafe-inline') forbids inline scripts
  // and styles: Astro must never inline a small script or stylesheet into the page.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: { logLevel: 'warn', build: { assetsInlineLimit: 0 } },
});
