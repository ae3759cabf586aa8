/**
 * Who is addressed, assigned and informed, by kind of issuer: a province letter goes to the
 * departments and districts, a district letter to its offices and communes, a Party letter to the
 * Party committees. Also which department leads a topic on a date, after the 2025 mergers.
 */
import { dayNumber, type SimpleDate } from './dates.ts';
import { ISSUERS, issuerById, type Issuer } from './issuers.ts';
import type { Rng } from './random.ts';

/** Where a department's work went when it merged (or came from before it existed). */
const SUCCESSOR: Record<string, string> = {
  'so-ke-hoach-va-dau-tu': 'so-tai-chinh',
  'so-thong-tin-va-truyen-thong': 'so-khoa-hoc-va-cong-nghe',
  'so-tai-nguyen-va-moi-truong': 'so-nong-nghiep-va-moi-truong',
  'so-nong-nghiep-va-ptnt': 'so-nong-nghiep-va-moi-truong',
  'so-lao-dong-tbxh': 'so-noi-vu',
  'so-giao-thong-van-tai': 'so-xay-dung',
  'so-cong-thuong': 'so-ke-hoach-va-dau-tu',
  'so-van-hoa-the-thao-va-du-lich': 'so-noi-vu',
  'so-nong-nghiep-va-moi-truong': 'so-nong-nghiep-va-ptnt',
};

/** District offices mirroring the departments. */
const DISTRICT_OFFICE: Record<string, string> = {
  'so-ke-hoach-va-dau-tu': 'Phòng Tài chính - Kế hoạch', 'so-tai-chinh': 'Phòng Tài chính - Kế hoạch',
  'so-noi-vu': 'Phòng Nội vụ', 'so-tai-nguyen-va-moi-truong': 'Phòng Tài nguyên và Môi trường',
  'so-nong-nghiep-va-ptnt': 'Phòng Nông nghiệp và Phát triển nông thôn', 'so-lao-dong-tbxh': 'Phòng Lao động - Thương binh và Xã hội',
  'so-y-te': 'Phòng Y tế', 'so-giao-duc-va-dao-tao': 'Phòng Giáo dục và Đào tạo', 'so-van-hoa-the-thao-va-du-lich': 'Phòng Văn hóa và Thông tin',
  'so-thong-tin-va-truyen-thong': 'Phòng Văn hóa và Thông tin', 'so-giao-thong-van-tai': 'Phòng Kinh tế và Hạ tầng',
  'so-xay-dung': 'Phòng Kinh tế và Hạ tầng', 'so-cong-thuong': 'Phòng Kinh tế và Hạ tầng', 'so-tu-phap': 'Phòng Tư pháp',
};

function alive(issuer: Issuer, date: SimpleDate): boolean {
  const day = dayNumber(date);
  return (!issuer.from || dayNumber(issuer.from) <= day) && (!issuer.to || day <= dayNumber(issuer.to));
}

/** The unit of `issuer` that leads a topic whose provincial lead is `departmentId`. */
export function leadFor(issuer: Issuer, departmentId: string, date: SimpleDate, rng: Rng): string {
  switch (issuer.kind) {
    case 'district':
      return `${DISTRICT_OFFICE[departmentId] ?? 'Văn phòng HĐND và UBND'} ${areaWord(issuer)}`;
    case 'department':
      return rng.pick(['Văn phòng Sở', 'Phòng Kế hoạch - Tài chính']);
    case 'council':
      return date.year >= 2021 ? 'Văn phòng Đoàn ĐBQH và HĐND tỉnh' : 'Văn phòng HĐND tỉnh';
    case 'party':
      return 'Văn phòng Tỉnh ủy';
    default: {
      let id = departmentId;
      for (let hops = 0; hops < 3 && !alive(issuerById(id), date); hops++) id = SUCCESSOR[id] ?? 'so-tai-chinh';
      return issuerById(id).citedAs;
    }
  }
}

/** `huyện`, `thị xã`, `thành phố`: how a district's own documents refer to it. */
export function areaWord(issuer: Issuer): string {
  return issuer.citedAs.replace(/^UBND /, '').split(' ').slice(0, issuer.citedAs.includes('thị xã') || issuer.citedAs.includes('thành phố') ? 2 : 1).join(' ');
}

/** Who the addressees report to. */
export function authorityOf(issuer: Issuer): string {
  switch (issuer.kind) {
    case 'district': return `UBND ${areaWord(issuer)}`;
    case 'department': return issuer.citedAs;
    case 'council': return 'Thường trực HĐND tỉnh';
    case 'party': return 'Ban Thường vụ Tỉnh ủy';
    default: return 'UBND tỉnh';
  }
}

/** Who "has the following opinion" in a letter. */
export function speakerOf(issuer: Issuer, rng: Rng): string {
  switch (issuer.kind) {
    case 'district': return rng.pick([`Chủ tịch UBND ${areaWord(issuer)}`, `UBND ${areaWord(issuer)}`]);
    case 'department': return issuer.citedAs;
    case 'council': return 'Thường trực HĐND tỉnh';
    case 'party': return rng.pick(['Ban Thường vụ Tỉnh ủy', 'Thường trực Tỉnh ủy']);
    default: return rng.pick(['Chủ tịch UBND tỉnh', 'UBND tỉnh', 'Phó Chủ tịch UBND tỉnh']);
  }
}

/** Units that can be given a task. */
export function assignees(issuer: Issuer, date: SimpleDate): string[] {
  switch (issuer.kind) {
    case 'district': {
      const area = areaWord(issuer);
      return [...new Set(Object.values(DISTRICT_OFFICE))].map((o) => `${o} ${area}`).concat(['Công an ' + area, `UBND các xã, ${area === 'thành phố' ? 'phường' : 'thị trấn'}`]);
    }
    case 'department':
      return ['Văn phòng Sở', 'Phòng Kế hoạch - Tài chính', 'Thanh tra Sở', 'Các đơn vị sự nghiệp trực thuộc Sở'];
    case 'council':
      return ['Ban Kinh tế - Ngân sách HĐND tỉnh', 'Ban Văn hóa - Xã hội HĐND tỉnh', 'Ban Pháp chế HĐND tỉnh', 'Ban Dân tộc HĐND tỉnh', 'Các Tổ đại biểu HĐND tỉnh'];
    case 'party':
      return ['Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'Ban cán sự đảng UBND tỉnh', 'Đảng đoàn HĐND tỉnh', 'Các huyện ủy, thị ủy, thành ủy'];
    default:
      return ISSUERS.filter((i) => i.kind === 'department' && alive(i, date))
        .map((i) => i.citedAs)
        .concat(['Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'UBND các huyện, thị xã, thành phố']);
  }
}

export function recipientsOf(issuer: Issuer, rng: Rng, date: SimpleDate): string[] {
  if (rng.chance(0.2)) return [rng.pick(assignees(issuer, date))];
  switch (issuer.kind) {
    case 'district': return ['Các cơ quan, đơn vị thuộc ' + areaWord(issuer), `UBND các xã, ${areaWord(issuer) === 'thành phố' ? 'phường' : 'thị trấn'}`];
    case 'department': return ['Các phòng, đơn vị thuộc Sở', 'UBND các huyện, thị xã, thành phố'];
    case 'council': return ['UBND tỉnh', 'Các Ban của HĐND tỉnh', 'Các Tổ đại biểu HĐND tỉnh'];
    case 'party': return ['Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy', 'Các ban cán sự đảng, đảng đoàn', 'Các ban, cơ quan tham mưu, giúp việc Tỉnh ủy'];
    default:
      return rng.chance(0.5)
        ? ['Các sở, ban, ngành, đơn vị trực thuộc UBND tỉnh', 'Các cơ quan Trung ương trên địa bàn tỉnh', 'UBND các huyện, thị xã, thành phố']
        : ['Các sở, ban, ngành, đơn vị trực thuộc UBND tỉnh', 'UBND các huyện, thị xã, thành phố'];
  }
}

export function distributionOf(issuer: Issuer, rng: Rng, first: string, unit: string): string[] {
  const upper: Record<Issuer['kind'], string[]> = {
    province: ['Thường trực Tỉnh ủy (b/cáo)', 'Thường trực HĐND tỉnh', 'CT, PCT UBND tỉnh', 'VPUB: CVP, PCVP, các P.Ng/cứu, CBTH'],
    department: ['UBND tỉnh (b/cáo)', 'Giám đốc, các PGĐ Sở', 'Văn phòng Sở'],
    district: ['UBND tỉnh (B/c)', 'TT Huyện ủy (B/c)', 'TT HĐND huyện', 'CT, các PCT UBND huyện', 'Văn phòng HĐND&UBND huyện'],
    council: ['Ủy ban Thường vụ Quốc hội (b/cáo)', 'Thường trực Tỉnh ủy', 'UBND tỉnh', 'Đại biểu HĐND tỉnh'],
    party: ['Ban Bí thư Trung ương Đảng (b/cáo)', 'Các đồng chí Tỉnh ủy viên', 'Văn phòng Tỉnh ủy'],
  };
  const list = upper[issuer.kind].filter(() => rng.chance(0.75));
  return [first, ...list, `Lưu: VT${unit ? `, ${unit}` : ''}`];
}
