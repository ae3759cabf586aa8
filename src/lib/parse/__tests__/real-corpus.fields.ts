/**
 * Every metadata field of the 28 real documents (shared/corpus/real), written from a reading of each
 * source, not from the parser's output. Null where the source does not print the field (11 and 12 lost
 * their header in the crawl; the scans 26–28 lost a handwritten number or day, or the signer under the seal).
 * Spelling is as printed, OCR damage included (`KT. THỦ TƯỞNG`).
 */
import type { ExtractedMetadata, Signature } from '../../../schemas/metadata.ts';

const sig = (marks: string[], capacityLines: string[], name: string | null): Signature => ({
  marks,
  capacityLines,
  capacity: capacityLines[capacityLines.length - 1] ?? null,
  name,
});
const day = (iso: string) => ({ iso, precision: 'day' as const });
const KT_PCT = sig(['KT.'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], null);
const TM_KT_PCT = sig(['TM.', 'KT.'], ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], null);
const named = (s: Signature, name: string): Signature => ({ ...s, name });
const HCM = 'UBND thành phố Hồ Chí Minh';
const HN = 'UBND thành phố Hà Nội';

type Fields = Omit<ExtractedMetadata, 'coIssuers'>;
const doc = (f: Partial<Fields>): Fields => ({
  issuer: null, issuerParent: null, number: null, symbol: null, docType: null, place: null, date: null, subject: null,
  recipients: [], distribution: [], signature: null, ...f,
});

export const REAL_FIELDS: Record<string, Fields> = {
  '01.txt': doc({
    issuer: HCM, number: '4085', symbol: 'UBND-ĐT', docType: 'Công văn', place: 'Thành phố Hồ Chí Minh', date: day('2025-11-25'),
    subject: 'rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp, gắn liền với dữ liệu đất đai, tọa độ thửa đất, tuyến đường, mã bưu chính',
    recipients: ['Công an Thành phố', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường', 'Trung tâm Chuyển đổi số Thành phố', 'Ủy ban nhân dân các phường, xã, đặc khu'],
    distribution: ['Như trên', 'TTUB: CT, các PCT', 'VPUB: CVP, các PVP', 'Phòng Đô thị, TTHCC', 'Lưu: VT, (ĐT/VMN)'],
    signature: named(KT_PCT, 'Bùi Xuân Cường'),
  }),
  '02.txt': doc({
    issuer: HCM, number: '4240', symbol: 'UBND-VX', docType: 'Công văn', place: 'Thành phố Hồ Chí Minh', date: day('2025-11-28'),
    subject: 'khẩn trương hoàn thành cập nhật, đồng bộ cơ sở dữ liệu cán bộ, công chức, viên chức',
    recipients: [
      'Các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân Thành phố',
      'Các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân Thành phố',
      'Ủy ban nhân dân các xã, phường và đặc khu',
    ],
    distribution: ['Như trên', 'TTUB: CT, các PCT', 'Sở Nội vụ', 'Trung tâm Chuyển đổi số Thành phố', 'VPUB: CVP, các PCVP', 'Phòng VX', 'Lưu: VT, (VX/KN)'],
    signature: named(KT_PCT, 'Nguyễn Mạnh Cường'),
  }),
  '03.txt': doc({
    issuer: 'Văn phòng Chính phủ', number: '11299', symbol: 'VPCP-KGVX', docType: 'Công văn', place: 'Hà Nội', date: day('2025-11-18'),
    subject: 'thành lập Mạng lưới quan trắc và cảnh báo phóng xạ môi trường',
    recipients: ['Bộ trưởng Bộ Khoa học và Công nghệ'],
    distribution: ['Như trên', 'PTTg Nguyễn Chí Dũng (để b/c)', 'Các Bộ: KHCN, QP, NV, NNMT, TP', 'VPCP: BTCN, PCN Phạm Mạnh Cường, Trợ lý TTg, các Vụ: NN, PL, NC, TH', 'Lưu: VT, KGVX (3) Q'],
    signature: sig(['KT.'], ['KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM'], 'Phạm Mạnh Cường'),
  }),
  '04.txt': doc({
    issuer: 'Văn phòng Chính phủ', number: '11554', symbol: 'VPCP-V.I', docType: 'Công văn', place: 'Hà Nội', date: day('2025-11-25'),
    subject: 'nâng cao hiệu quả công tác chống buôn lậu, gian lận thương mại và hàng giả',
    recipients: [
      'Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia',
      'Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ',
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      'Chánh Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia',
      'Thủ tướng Chính phủ Phạm Minh Chính (để báo cáo)',
    ],
    distribution: [
      'Như trên', 'Các Phó Thủ tướng Chính phủ (để b/c)', 'Văn phòng Trung ương Đảng', 'Ban Tuyên giáo và Dân vận Trung ương',
      'Ủy ban TW MTTQ Việt Nam', 'Văn phòng Tổng Bí thư', 'VPCP: BTCN, các PCN, Cổng TTĐT, các Vụ: KTTH, TKBT, TH', 'Lưu: VT, V.I (3), Thiện',
    ],
    signature: sig(['KT.'], ['KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM'], 'Trịnh Mạnh Linh'),
  }),
  '05.txt': doc({
    issuer: 'Bộ Nội vụ', number: '10989', symbol: 'BNV-TCBC', docType: 'Công văn', place: 'Hà Nội', date: day('2025-11-21'),
    subject: 'đề xuất biên chế giai đoạn 2026-2031 theo vị trí việc làm',
    recipients: ['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương'],
    distribution: ['Như trên', 'Bộ trưởng (để b/c)', 'TTr Vũ Chiến Thắng', 'Lưu: VT, TCBC'],
    signature: sig(['KT.'], ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'], 'Vũ Chiến Thắng'),
  }),
  '06.txt': doc({
    issuer: 'Bộ Tài chính', number: '17986', symbol: 'BTC-CT', docType: 'Công văn', place: 'Hà Nội', date: day('2025-11-19'),
    subject: 'Phổ biến Cẩm nang nghiệp vụ thuế dành cho công chức cấp xã',
    recipients: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    distribution: ['Như trên', 'Lãnh đạo Bộ (để báo cáo)', 'Cục Thuế (để phối hợp)', 'Lưu: VT, CT (PC)'],
    signature: sig(['KT.'], ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'], 'Lê Tấn Cận'),
  }),
  '07.txt': doc({
    issuer: 'Bộ Nông nghiệp và Môi trường', number: '9476', symbol: 'BNNMT-CNTY', docType: 'Công văn', place: 'Hà Nội', date: day('2025-11-24'),
    subject: 'trả lời bổ sung kiến nghị của cử tri gửi trước Kỳ họp thứ 10, Quốc hội Khóa XV',
    recipients: ['Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh', 'Ủy ban Dân nguyện và Giám sát Quốc hội'],
    distribution: [
      'Như trên', 'Đoàn Chủ tịch UBTWMTTQ Việt Nam', 'Văn phòng Chính phủ', 'Thường trực HĐND, UBND tỉnh Hà Tĩnh', 'Trưởng đoàn ĐBQH tỉnh Hà Tĩnh',
      'Văn phòng ĐBQH tỉnh Hà Tĩnh', 'Thứ trưởng Phùng Đức Tiến', 'Vụ Pháp chế (để tổng hợp, theo dõi)', 'Văn phòng Bộ (để đăng tải trên Cổng TTĐT của Bộ)', 'Lưu: VT, CNTY',
    ],
    signature: sig([], ['BỘ TRƯỞNG'], 'Trần Đức Thắng'),
  }),
  '08.txt': doc({
    issuer: 'Thuế tỉnh Tây Ninh', issuerParent: 'Cục Thuế', number: '3257', symbol: 'TNI-QLDN1', docType: 'Công văn', place: 'Tây Ninh', date: day('2025-12-01'),
    subject: 'thuế suất thuế GTGT',
    // One addressee; its tax number and address are printed under it.
    recipients: ['Công Ty TNHH Khuôn Mẫu Yong Hong'],
    distribution: ['Như trên', 'BLĐ Thuế tỉnh', 'Phòng NVDTPC, KTR1', 'Trang web Thuế tỉnh', 'Lưu: VT, QLDN1, HDiem'],
    signature: sig(['KT.'], ['KT. TRƯỞNG THUẾ TỈNH', 'PHÓ TRƯỞNG THUẾ TỈNH'], 'Nguyễn Tấn Lợi'),
  }),
  '09.txt': doc({
    issuer: 'Cục Thuế', issuerParent: 'Bộ Tài chính', number: '5348', symbol: 'CT-CS', docType: 'Công văn', place: 'Hà Nội', date: day('2025-11-20'),
    subject: 'hướng dẫn góp vốn điều lệ',
    recipients: ['Thuế tỉnh Quảng Trị'],
    distribution: ['Như trên', 'Phó CTr. Đặng Ngọc Minh (để bc)', 'Các đơn vị thuộc Bộ: CST, QLKT, DNTN, PC', 'Các đơn vị thuộc CT: NVT, PC', 'Website CT', 'Lưu: VT, CS'],
    signature: sig(['TL.', 'KT.'], ['TL. CỤC TRƯỞNG', 'KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ', 'PHÓ TRƯỞNG BAN'], 'Phạm Thị Minh Hiền'),
  }),
  '10.txt': doc({
    issuer: 'Sở Giáo dục và Đào tạo', issuerParent: HCM, number: '5155', symbol: 'SGDĐT-GDTXNNĐH', docType: 'Công văn', place: 'Thành phố Hồ Chí Minh',
    date: day('2025-11-28'),
    subject: 'hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng tại phường, xã và đặc khu từ năm 2025',
    recipients: ['Ủy ban nhân dân phường, xã và đặc khu'],
    distribution: ['Như trên', 'Giám đốc', 'Hội Khuyến học TP (để phối hợp)', 'Lưu: VT, GDTXNNĐH (ĐPT)'],
    signature: sig(['KT.'], ['KT GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Trương Hải Thanh'),
  }),
  '11.txt': doc({
    recipients: ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    distribution: [
      'Như trên', 'Thủ tướng Chính phủ (để b/c)', 'Phó TTg Thường trực Chính phủ Nguyễn Hòa Bình, Trưởng Ban Chỉ đạo', 'Văn phòng Trung ương Đảng',
      'Ban Tổ chức Trung ương', 'Các thành viên BCĐ của Chính phủ', 'VPCP: BTCN, Trợ lý Phó TTgTTCP', 'Bộ Nội vụ (03)', 'Sở Nội vụ các tỉnh, thành phố', 'Lưu: VT, BCĐ (02)',
    ],
    signature: sig(['KT.'], ['KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', 'PHÓ THỦ TƯỚNG'], 'Phạm Thị Thanh Trà'),
  }),
  '12.txt': doc({
    recipients: ['Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ'],
    distribution: ['Như trên', 'Bộ trưởng (để báo cáo)', 'Các Thứ trưởng (để chỉ đạo)', 'Lưu: VT, VP (THTT), TN (30)'],
    signature: sig(['TL.', 'KT.'], ['TL. BỘ TRƯỞNG', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'], 'Nguyễn Thanh Sơn'),
  }),
  '13.txt': doc({
    issuer: 'UBND thành phố Cần Thơ', number: '165', symbol: 'KH-UBND', docType: 'Kế hoạch', place: 'Cần Thơ', date: day('2025-11-21'),
    subject: 'THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG THỰC HIỆN CÔNG TÁC DÂN SỐ TRONG TÌNH HÌNH MỚI',
    distribution: [
      'Văn phòng Chính phủ (để b/c)', 'Bộ Y tế (để b/c)', 'Cục Dân số (để b/c)', 'TT. Thành ủy, TT.HĐND TP', 'CT, PCT UBND TP', 'UB.MTTQVN và các Đoàn thể TP',
      'Sở, ban ngành TP', 'Báo và PTTH CT', 'UBND xã, phường', 'VP UBND TP (3C)', 'Cổng TTĐT TP', 'Lưu: VT, MK',
    ],
    signature: named(TM_KT_PCT, 'Nguyễn Thị Ngọc Điệp'),
  }),
  '14.txt': doc({
    issuer: 'UBND tỉnh Nghệ An', number: '980', symbol: 'KH-UBND', docType: 'Kế hoạch', place: 'Nghệ An', date: day('2025-11-18'),
    subject:
      'THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ',
    distribution: [
      'Chủ tịch UBND tỉnh', 'Các PCT UBND tỉnh', 'Bộ Chỉ huy Quân sự tinh', 'Ban CHBĐ Biên phòng', 'Văn phòng BCHPTDS tinh', 'Các sở, ban, ngành cấp tỉnh',
      'CVP UBND tỉnh', 'PCVP (NC) UBND tỉnh', 'UBND các xã, phường', 'Lưu: VT, NC (TP, Dũng)',
    ],
    signature: named(TM_KT_PCT, 'Nguyễn Văn Đệ'),
  }),
  '15.txt': doc({
    issuer: HCM, number: '172', symbol: 'KH-UBND', docType: 'Kế hoạch', place: 'Thành phố Hồ Chí Minh', date: day('2025-11-18'),
    subject: 'TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH',
    distribution: [
      'Thường trực Thành ủy', 'Thường trực HĐND Thành phố', 'TTUB: CT, các PCT', 'Ủy ban MTTQVN Thành phố', 'Các sở, ban, ngành, đoàn thể Thành phố',
      'Ủy ban nhân dân các xã, phường, đặc khu', 'VPUB: CPV, các PCVP', 'Phòng: TH, VX, NCPC', 'Lưu: VT, (VX/MT.Tấn)',
    ],
    signature: named(KT_PCT, 'Trần Thị Diệu Thúy'),
  }),
  '16.txt': doc({
    issuer: 'UBND tỉnh Lai Châu', number: '7360', symbol: 'KH-UBND', docType: 'Kế hoạch', place: 'Lai Châu', date: day('2025-11-19'),
    subject: 'TRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT TRÊN ĐỊA BÀN TỈNH LAI CHÂU',
    distribution: [
      'Bộ Khoa học và Công nghệ', 'Thường trực HĐND tỉnh', 'Chủ tịch, các Phó chủ tịch UBND tỉnh', 'Các sở, ngành', 'UBND các xã, phường',
      'Văn phòng UBND tỉnh: V, CB', 'Lưu: VT, Vx3',
    ],
    signature: named(TM_KT_PCT, 'Tống Thanh Hải'),
  }),
  // No Nơi nhận printed: the signature is found after the text.
  '17.txt': doc({
    issuer: 'UBND tỉnh Quảng Trị', number: '06', symbol: 'CT-UBND', docType: 'Chỉ thị', place: 'Quảng Trị', date: day('2025-11-25'),
    subject: 'VỀ VIỆC TĂNG CƯỜNG XỬ LÝ CHỒNG LẤN, LẤN CHIẾM RỪNG VÀ ĐẤT LÂM NGHIỆP TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ',
    signature: named(KT_PCT, 'Hoàng Nam'),
  }),
  '18.txt': doc({
    issuer: 'UBND tỉnh Đắk Lắk', number: '012', symbol: 'CT-UBND', docType: 'Chỉ thị', place: 'Đắk Lắk', date: day('2025-11-26'),
    subject:
      'VỀ VIỆC TĂNG CƯỜNG CẢI CÁCH THỦ TỤC HÀNH CHÍNH, NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP TRONG THỰC HIỆN THỦ TỤC HÀNH CHÍNH VÀ DỊCH VỤ CÔNG TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK',
    distribution: [
      'TT Tỉnh ủy, TT HĐND tỉnh (b/c)', 'UB MTTQ Việt Nam tỉnh (b/c)', 'CT, PCT UBND tỉnh', 'CVP, các PCVP UBND tỉnh', 'Các sở, ban, ngành', 'UBND các xã, phường',
      'Báo và PTTH Đắk Lắk', 'Trung tâm CN và Cổng TTĐT tỉnh', 'Lưu: VT, PVHCC (B_04b)',
    ],
    signature: named(KT_PCT, 'Trương Công Thái'),
  }),
  '19.txt': doc({
    issuer: 'Văn phòng Chính phủ', number: '631', symbol: 'TB-VPCP', docType: 'Thông báo', place: 'Hà Nội', date: day('2025-11-19'),
    subject:
      'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG THƯỜNG TRỰC CHÍNH PHỦ NGUYỄN HÒA BÌNH TẠI CUỘC HỌP VỀ BÁO CÁO ĐỀ XUẤT CHỦ TRƯƠNG ĐẦU TƯ CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI, GIẢM NGHÈO BỀN VỮNG VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 2026-2035',
    distribution: [
      'Thủ tướng Chính phủ (để b/c)', 'Các Phó Thủ tướng Chính phủ (để b/c)', 'Các Bộ, cơ quan: NNMT, DTTG, TC, XD, YT, GDĐT, VHTTDL, NV, TP, KHCN, NHNNVN',
      'Các cơ quan của QH: Hội đồng Dân tộc, Ủy ban Kinh tế và Tài chính, Ủy ban Văn hóa và Xã hội',
      'Các Thành viên Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia giai đoạn 2021-2025',
      'VPCP: BTCN, PCN: Phạm Mạnh Cường, Thư ký TTg, các PTTgCP; các Vụ: KGVX, QHĐP, KTTH; Cổng TTĐTCP', 'Lưu VT, NN (03). Hg',
    ],
    signature: sig(['KT.'], ['KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM'], 'Phạm Mạnh Cường'),
  }),
  '20.txt': doc({
    issuer: 'Cục Thuế', issuerParent: 'Bộ Tài chính', number: '983', symbol: 'TB-CT', docType: 'Thông báo', place: 'Hà Nội', date: day('2025-11-21'),
    subject: 'KẾ HOẠCH TẠM DỪNG ỨNG DỤNG TMS PHỤC VỤ VIỆC CHUYỂN ĐỔI HỆ THỐNG MÁY CHỦ VÀ LƯU TRỮ CSDL ỨNG DỤNG QUẢN LÝ THUẾ TẬP TRUNG (TMS)',
    distribution: [
      'Lãnh đạo Cục Thuế (để báo cáo)', 'KBNN, Cục DNTN (để phối hợp)', 'Các Ban/đơn vị thuộc Cục Thuế (để biết)', 'Thuế các tỉnh/thành phố (để biết)',
      'Các Thuế cơ sở (để biết)', 'Website Cục Thuế', 'Lưu VT, VP, CĐS',
    ],
    signature: sig(['TL.', 'KT.'], ['TL. CỤC TRƯỞNG', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'], 'Phạm Ngọc Lai'),
  }),
  '21.txt': doc({
    issuer: HN, number: '5721', symbol: 'QĐ-UBND', docType: 'Quyết định', place: 'Hà Nội', date: day('2025-11-19'),
    subject: 'VỀ VIỆC PHÊ DUYỆT GIÁ THÓC ĐỂ THU THUẾ SỬ DỤNG ĐẤT NÔNG NGHIỆP THEO VỤ THU HOẠCH CHÍNH TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI (VỤ MÙA NĂM 2025)',
    distribution: ['Như Điều 3', 'Chủ tịch UBND Thành phố', 'Các Phó Chủ tịch UBND Thành phố', 'VPUBTP: PCVP Đ.Q.Hùng, NNMT, ĐT, KT, TH', 'Lưu: VT, KT'],
    signature: named(TM_KT_PCT, 'Vũ Thu Hà'),
  }),
  '22.txt': doc({
    issuer: 'Thủ tướng Chính phủ', number: '224', symbol: 'CĐ-TTg', docType: 'Công điện', place: 'Hà Nội', date: day('2025-11-20'),
    subject:
      'VỀ VIỆC KHẨN TRƯƠNG CHUẨN BỊ TỔ CHỨC LỄ KHÁNH THÀNH, KHỞI CÔNG CÁC DỰ ÁN, CÔNG TRÌNH QUY MÔ LỚN, Ý NGHĨA CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIV CỦA ĐẢNG',
    recipients: [
      'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Bí Thư, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      'Tổng giám đốc: Đài truyền hình Việt Nam, Đài tiếng nói Việt Nam, Thông tấn xã Việt Nam', 'Tổng biên tập Báo Nhân dân',
      'Chủ tịch kiêm Tổng giám đốc Tập đoàn Công nghiệp - Viễn thông Quân đội', 'Chủ tịch HĐTV Tập đoàn Bưu chính Viễn thông Việt Nam',
      'Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng công ty trực thuộc Bộ Tài chính, Bộ Xây dựng',
    ],
    distribution: [
      'Như trên', 'Thủ tướng Chính phủ', 'Các Phó Thủ tướng Chính phủ', 'Văn phòng Trung ương Đảng', 'VPCP: BTCN, các PCN, TGĐ Cổng TTĐT; các Vụ, Cục, đơn vị trực thuộc',
      'Lưu: VT, CN (2b)THH',
    ],
    signature: sig([], ['THỦ TƯỚNG'], 'Phạm Minh Chính'),
  }),
  '23.txt': doc({
    issuer: HN, number: '453', symbol: 'TB-UBND', docType: 'Thông báo', place: 'Hà Nội', date: day('2026-04-29'),
    subject: 'Về việc treo cờ Tổ quốc',
    distribution: [
      'Đ/c Bí thư Thành ủy', 'Thường trực Thành ủy', 'Thường trực HĐND Thành phố', 'Chủ tịch UBND Thành phố', 'Các Phó Chủ tịch UBND Thành phố',
      'UB MTTQ VN TP và các đoàn thể TP', 'Các Sở, ban, ngành Thành phố', 'UBND các phường, xã', 'Cơ quan Báo&PT, TH Thành phố (để đưa tin)',
      'VPUB: CVP, PCVP P.T.T.Huyền, phòng: KGVX, TH, HC-QT, Trung tâm TTDL&CNS Thành phố', 'Lưu: VT, KGVX',
    ],
    signature: sig(['TL.', 'KT.'], ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'], 'Võ Tuấn Anh'),
  }),
  '24.txt': doc({
    issuer: HN, number: '173', symbol: 'KH-UBND', docType: 'Kế hoạch', place: 'Hà Nội', date: day('2026-04-28'),
    subject: 'Tổ chức “Festival Thăng Long - Hà Nội lần thứ II, năm 2026”',
    distribution: [
      'Thường trực Ban Bí thư TW Đảng', 'Ban Tuyên giáo và Dân vận Trung ương', 'Đồng chí Bí thư Thành ủy', 'Thường trực Thành ủy', 'Thường trực HĐND Thành phố',
      'Chủ tịch UBND Thành phố', 'Các Phó Chủ tịch UBND Thành phố', 'Các đơn vị có tên trong KH',
      'VPUB: CVP, các PCVP, phòng: KGVX, TH, KT, ĐT, TNMT, NC, HC-QT, TT TTDL&CNS TP', 'Lưu: VT, KGVX',
    ],
    signature: sig(['TM.'], ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'Vũ Đại Thắng'),
  }),
  '25.txt': doc({
    issuer: HN, number: '2280', symbol: 'QĐ-UBND', docType: 'Quyết định', place: 'Hà Nội', date: day('2026-04-29'),
    subject: 'Phê duyệt Kế hoạch Bảo đảm thoát nước, chống úng ngập khu vực nội thành Thành phố mùa mưa năm 2026',
    distribution: [
      'Đ/c Bí thư Thành ủy', 'Thường trực Thành ủy (để b/c)', 'Chủ tịch UBND Thành phố', 'Các PCT UBND Thành phố', 'Văn phòng Thành ủy', 'Các Sở, ban, ngành Thành phố',
      'UBND các phường, xã (để ph/h th/h)', 'Các Ban QLDA ĐTXD Thành phố', 'Cty TNHH MTV Thoát nước HN', 'Các đơn vị duy trì thoát nước và XLNT',
      'VP UBTP: CVP, các PCVP, Các phòng: NNMT, TH, ĐT, KGVX, KT; Trung tâm TT, DL vs CNS TP', 'Lưu: VT, ĐTDG',
    ],
    signature: named(TM_KT_PCT, 'Trương Việt Dũng'),
  }),
  // Scans. 26: the signer is lost under the seal; the subject is read without the stamps printed over it.
  '26.txt': doc({
    issuer: 'Văn phòng Chính phủ', number: '3722', symbol: 'VPCP-CN', docType: 'Công văn', place: 'Hà Nội', date: day('2026-04-28'),
    subject:
      'cơ chế đặc thù xây dựng công trình khẩn cấp đối với Dự án kéo dài tuyến Metro Bến Thành - Suối Tiên đến Trung tâm hành chính tỉnh và Cảng hàng không quốc tế Long Thành',
    recipients: ['Các Bộ: Công an, Tư pháp, Tài chính, Xây dựng, Nông nghiệp và Môi trường', 'Ủy ban nhân dân tỉnh Đồng Nai'],
    distribution: [
      'Như trên', 'Thủ tướng, PTTgTT Phạm Gia Túc (để b/e)', 'UBND TP. Hồ Chí Minh', 'VPCP: BTCN, PCN Phạm Mạnh Cường, Trợ lý TTg, TGÐ Cổng TTĐT, các Vụ: TH, PL. KTTH, NN',
      'Lưu: VT, CN. PVC E',
    ],
  }),
  // 27: the handwritten number (`#2`) and day (`ngày33`) are misread, so they stay unknown; no signing block printed.
  '27.txt': doc({
    issuer: 'Thủ tướng Chính phủ', symbol: 'QĐ-TTg', docType: 'Quyết định', place: 'Hà Nội', date: { iso: '2026-04', precision: 'month' },
    subject: 'Phê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng nhiệm kỳ 2026 - 2031',
    distribution: ['Như Điều 3', 'Thủ tướng, các Phó Thủ tướng CP', 'Ban Tổ chức Trung ương', 'Thành ủy Đà Nẵng', 'VPCP: BTCN, các PCN, Trợ ly TTg, VPĐUCP, TGĐ Cổng TTĐTCP', 'Lưu: VT, QHĐP Ca Gemg'],
  }),
  // 28: day and month misread (`#3`, `!`); the signing column is read into the Nơi nhận lines.
  '28.txt': doc({
    issuer: 'Chính phủ', number: '445', symbol: 'NQ-CP', docType: 'Nghị quyết', place: 'Hà Nội', date: { iso: '2026', precision: 'year' },
    subject: 'Về việc chuyển giao Vườn quốc gia Ba Vì về Ủy ban nhân dân Thành phố Hà Nội quản lý',
    distribution: [
      'Ban Bí thư Trung ương Đảng', 'Thủ tướng, các Phó Thủ tướng Chính phủ', 'Các bộ, cơ quan ngang bộ', 'HĐND, UBND Thành phố Hà Nội và tỉnh Phú Thọ',
      'Văn phòng Trung ương và các Ban của Đảng', 'Văn phòng Tổng Bí thư', 'Văn phòng Chủ tịch nước', 'Hội đồng Dân tộc và các Ủy ban của Quốc hội', 'Văn phòng Quốc hội',
      'Tòa án¬nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Kiểm toán nhà nước', 'Ủy ban trung ương Mặt trận Tổ quốc Việt Nam',
      'VPCP: BTCN, các PCN, Trợ lý TTg, các Vụ, Cục, đơn vị trực thuộc, Công báo', 'Lưu: VT,NN @)',
    ],
    signature: sig(['TM.', 'KT.'], ['TM. CHÍNH PHỦ', 'KT. THỦ TƯỞNG', 'PHÓ THỦ TƯỚNG'], 'Hồ Quốc Dũng'),
  }),
};
