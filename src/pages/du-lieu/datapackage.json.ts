/** /du-lieu/datapackage.json: the data dictionary (Frictionless Data Package): licence, files, columns. */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/t.ts';
import { dataPackage } from '../../lib/portal/data-package.ts';
import { dataLicence } from '../../lib/portal/licence.ts';
import { absoluteUrl, routes } from '../../lib/routes/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => absoluteUrl(path, site);
  const body = dataPackage({
    title: t('data.packageTitle'),
    description: t('data.packageDescription'),
    homepage: url(routes.openData()),
    licence: dataLicence(),
    files: { catalogueCsv: url(routes.catalogueCsv()), citationsCsv: url(routes.citationsCsv()), changesCsv: url(routes.changesCsv()), catalogueJson: url(routes.catalogueJson()) },
  });
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
