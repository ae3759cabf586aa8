/**
 * The data dictionary of the open data, as a Frictionless Data Package descriptor (datapackage.json,
 * https://specs.frictionlessdata.io/data-package/): the licence, and each CSV file with its columns,
 * their types and their Vietnamese descriptions, generated from the row schemas (src/schemas/open-data.ts).
 */
import { catalogueRowSchema, changeRowSchema, citationRowSchema, describedColumns } from '../../schemas/open-data.ts';
import type { Licence } from './licence.ts';

interface Resource { name: string; path: string; title: string; format: string; mediatype: string }

export interface DataPackageInput {
  title: string;
  description: string;
  homepage: string;
  licence: Licence;
  /** Absolute URLs of the files, by role. */
  files: { catalogueCsv: string; citationsCsv: string; changesCsv: string; catalogueJson: string };
}

function tableSchema(schema: Parameters<typeof describedColumns>[0]) {
  return {
    fields: describedColumns(schema).map((column) => ({ name: column.name, type: 'string', description: column.description })),
    missingValues: [''],
  };
}

const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

export function dataPackage(input: DataPackageInput) {
  const csv = (resource: Resource, schema: Parameters<typeof describedColumns>[0]) => ({
    ...resource, encoding: 'utf-8', dialect: CSV_DIALECT, schema: tableSchema(schema),
  });
  return {
    profile: 'data-package',
    name: 'luu-tru-van-ban-quang-ngai',
    title: input.title,
    description: input.description,
    homepage: input.homepage,
    licenses: [{ name: input.licence.id, title: input.licence.title, path: input.licence.url }],
    resources: [
      csv({ name: 'van-ban', path: input.files.catalogueCsv, title: 'Danh mục văn bản', format: 'csv', mediatype: 'text/csv' }, catalogueRowSchema),
      csv({ name: 'trich-dan', path: input.files.citationsCsv, title: 'Các trích dẫn', format: 'csv', mediatype: 'text/csv' }, citationRowSchema),
      csv({ name: 'thay-doi-hieu-luc', path: input.files.changesCsv, title: 'Các thay đổi hiệu lực', format: 'csv', mediatype: 'text/csv' }, changeRowSchema),
      { name: 'van-ban-json', path: input.files.catalogueJson, title: 'Danh mục đầy đủ (JSON)', format: 'json', mediatype: 'application/json' },
    ],
  };
}
