/**
 * For each seed, the distinct instruments it cites (id → relations), from a reading of the source text.
 *
 * Decisions documented here:
 * - Named plans/đề án are instruments when named with a period (`… thời kỳ 2021-2030`, `… đến năm 2030`),
 *   except when the sentence creates or changes them (`phê duyệt Quy hoạch tỉnh Quảng Ngãi thời kỳ
 *   2021-2030` in 002 and 003, `phê duyệt Đề án đầu tư …` inside 1715's subject, `thông qua Đề án sắp xếp`
 *   in 003): those name a document not yet in force, or the decision approving it is the instrument.
 *   So 002 cites its two Đề án being implemented (`Triển khai thực hiện hiệu quả Đề án …`).
 * - `Kế hoạch tổ chức Hội nghị …` (002) and `Kế hoạch tổ chức giao lưu` (001) have no number, name or period.
 * - `Bản thỏa thuận, ký kết hợp tác giữa thành phố Quảng Ngãi với thành phố Vinh` (001) is to be drafted.
 * - Seed 003 has no header: local symbols without issuer are UBND tỉnh Quảng Ngãi's (the archive's province).
 * - Numbers lose zero padding in ids: `01/CT-UBND` → `1-ct-ubnd-…`.
 */
import { describe, expect, it } from 'vitest';
import { resolveCitations } from '../resolve.ts';
import { type SeedKey, seedDoc } from './fixtures.ts';

const Q = 'ubnd-tinh-quang-ngai';
const TU = 'tinh-uy-quang-ngai';

const EXPECTED: Record<SeedKey, Record<string, string[]>> = {
  '000': {
    [`2371-cv-tu-2024-${TU}`]: ['thuc-hien'],
    '3810-kh-ubnd-2023-ubnd-thanh-pho-ho-chi-minh': ['thuc-hien'],
    [`716-ubnd-ktth-2024-${Q}`]: ['thuc-hien'],
    '94-kl-tw-2024': ['thuc-hien'],
    'ban-thoa-thuan-hop-tac-phat-trien-kinh-te-xa-hoi-giua-thanh-pho-ho-chi-minh-va-cac-tinh-vung-duyen-hai-nam-trung-bo-giai-doan-2023-2025': ['thuc-hien'],
    'quy-hoach-thanh-pho-ho-chi-minh-thoi-ky-2021-2030-tam-nhin-den-nam-2050': ['can-cu', 'thuc-hien'],
  },
  '001': { 'ban-ghi-nho-nghe-an-quang-ngai-2023-07-24': ['dan-chieu', 'theo'] },
  '002': {
    [`1038-qd-ubnd-2021-${Q}`]: ['thuc-hien'],
    '107-2021-nd-cp': ['theo'],
    '128-nq-cp-2020': ['thuc-hien'],
    [`1537-qd-ubnd-2020-${Q}`]: ['thuc-hien'],
    [`1715-qd-ubnd-2021-${Q}`]: ['thuc-hien'],
    [`257-qd-ubnd-2020-${Q}`]: ['thuc-hien'],
    '27-ct-ttg-2019': ['thuc-hien'],
    '57-nq-cp-2022': ['thuc-hien'],
    '99-nq-cp-2020': ['thuc-hien'],
    'de-an-phat-trien-cong-nghiep-ho-tro-tinh-quang-ngai-den-nam-2025-tam-nhin-den-nam-2030': ['thuc-hien'],
    'de-an-tai-co-cau-nganh-cong-nghiep-tinh-quang-ngai-den-nam-2030-tam-nhin-den-nam-2045': ['thuc-hien'],
    'luat-quy-hoach-2017': ['dan-chieu'],
  },
  '003': {
    [`1-ct-ubnd-2024-${Q}`]: ['theo'],
    [`100-tb-ubnd-2024-${Q}`]: ['theo'],
    [`117-qd-ubnd-2023-${Q}`]: ['thuc-hien'],
    [`1359-ubnd-ktth-2024-${Q}`]: ['theo'],
    [`139-qd-ubnd-2024-${Q}`]: ['thuc-hien'],
    [`1425-bc-bcsd-2024-${Q}`]: ['theo'],
    [`1438-cv-bcs-2024-${Q}`]: ['thuc-hien'],
    '1456-qd-ttg-2023': ['theo'],
    '168-nq-cp-2022': ['thuc-hien'],
    '168-qd-ttg-2023': ['theo'],
    [`2-ct-ubnd-2024-${Q}`]: ['theo'],
    [`2043-kl-tu-2023-${TU}`]: ['thuc-hien'],
    [`2209-kl-tu-2024-${TU}`]: ['thuc-hien'],
    '26-nq-tw-2022': ['thuc-hien'],
    [`28-ctr-tu-2023-${TU}`]: ['thuc-hien'],
    [`3-ct-ubnd-2024-${Q}`]: ['theo'],
    [`33-kh-ubnd-2024-${Q}`]: ['theo'],
    [`34-ct-tu-2023-${TU}`]: ['thuc-hien'],
    [`41-kh-ubnd-2024-${Q}`]: ['theo'],
    '81-2023-qh15': ['theo'],
    [`860-ubnd-ktn-2024-${Q}`]: ['theo'],
    [`91-qd-ubnd-2024-${Q}`]: ['thuc-hien'],
  },
  '004': {
    [`4627-ubnd-ktth-2023-${Q}`]: ['can-cu'],
    [`834-ubnd-ktth-2024-${Q}`]: ['can-cu'],
    'ban-ghi-nho-nghe-an-quang-ngai-2023-07-24': ['can-cu', 'thuc-hien'],
  },
};

function cited(key: SeedKey): Record<string, string[]> {
  const { edges } = resolveCitations([seedDoc(key)]);
  const out: Record<string, Set<string>> = {};
  for (const e of edges) (out[e.to] ??= new Set()).add(e.relation);
  return Object.fromEntries(Object.entries(out).map(([id, r]) => [id, [...r].sort()]));
}

describe('citations of each seed', () => {
  for (const key of Object.keys(EXPECTED) as SeedKey[]) {
    it(`seed ${key}: precision and recall are 100%`, () => {
      const got = cited(key);
      const want = EXPECTED[key];
      const hit = Object.keys(got).filter((id) => id in want).length;
      const precision = hit / Math.max(1, Object.keys(got).length);
      const recall = hit / Math.max(1, Object.keys(want).length);
      console.log(`seed ${key}: precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}% (${hit}/${Object.keys(want).length})`);
      expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
      expect(got).toEqual(want);
    });
  }
});
