/**
 * The licence of the archive's open data, set in one configuration value: `DATA_LICENCE`, an SPDX
 * identifier, with CC BY 4.0 by default (the usual licence for public government information: anyone may
 * reuse it, stating the source). It is stated on /du-lieu/, in the data package (datapackage.json) and in
 * every JSON file. The choices are the open licences fit for public data; another value stops the build.
 */
export interface Licence {
  /** SPDX identifier (`CC-BY-4.0`), as Frictionless Data's `licenses[].name` expects. */
  id: string;
  title: string;
  url: string;
  /** What a reuser may do and must do, in Vietnamese, for /du-lieu/. */
  terms: string;
}

export const DEFAULT_LICENCE = 'CC-BY-4.0';

const ATTRIBUTION = 'ghi rõ nguồn “Lưu trữ văn bản tỉnh Quảng Ngãi” kèm đường dẫn';

export const LICENCES: Readonly<Record<string, Licence>> = {
  'CC-BY-4.0': {
    id: 'CC-BY-4.0',
    title: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
    terms: `Được tự do sao chép, phân phối, chỉnh sửa và sử dụng, kể cả cho mục đích thương mại, với điều kiện ${ATTRIBUTION}.`,
  },
  'CC0-1.0': {
    id: 'CC0-1.0',
    title: 'Creative Commons Từ bỏ bản quyền 1.0 (CC0 1.0)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.vi',
    terms: 'Được tự do sử dụng cho mọi mục đích, không cần xin phép và không bắt buộc ghi nguồn.',
  },
  'ODC-By-1.0': {
    id: 'ODC-By-1.0',
    title: 'Open Data Commons Attribution License 1.0 (ODC-By)',
    url: 'https://opendatacommons.org/licenses/by/1-0/',
    terms: `Được tự do sử dụng, chia sẻ và tạo ra sản phẩm từ cơ sở dữ liệu, với điều kiện ${ATTRIBUTION}.`,
  },
  'ODbL-1.0': {
    id: 'ODbL-1.0',
    title: 'Open Data Commons Open Database License 1.0 (ODbL)',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    terms: `Được tự do sử dụng, chia sẻ và tạo ra sản phẩm từ cơ sở dữ liệu, với điều kiện ${ATTRIBUTION} và chia sẻ cơ sở dữ liệu phái sinh theo cùng giấy phép.`,
  },
};

/** The licence `DATA_LICENCE` names (the default when unset); a value not in the table is an error naming it. */
export function dataLicence(configured: string | undefined = process.env.DATA_LICENCE): Licence {
  const id = configured?.trim() || DEFAULT_LICENCE;
  const licence = LICENCES[id];
  if (!licence) throw new Error(`DATA_LICENCE="${id}" không phải giấy phép được hỗ trợ (${Object.keys(LICENCES).join(', ')}).`);
  return licence;
}

/** The licence as the JSON files state it (the same three keys as datapackage.json's `licenses[]`). */
export function licenceField(licence: Licence = dataLicence()): { name: string; title: string; path: string } {
  return { name: licence.id, title: licence.title, path: licence.url };
}
