/**
 * Subject matter of the synthetic documents: each topic gives subjects (trích yếu), tasks and
 * the department that leads it, with the years it belongs to (chuyển đổi số after 2019,
 * COVID-19 in 2020–2022) so that a 2006 document does not talk about a 2024 programme.
 * Placeholders: {year}, {next}, {period} (the five-year plan), {place} (the issuer's area).
 */

export interface Topic {
  subjects: readonly string[];
  tasks: readonly string[];
  /** Department id (issuers.ts) that leads the topic. */
  lead: string;
  from?: number;
  to?: number;
}

export const TOPICS: readonly Topic[] = [
  {
    lead: 'so-noi-vu',
    subjects: ['triển khai công tác cải cách hành chính năm {year}', 'nâng cao Chỉ số cải cách hành chính (PAR INDEX) năm {year}', 'tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan hành chính nhà nước'],
    tasks: ['rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý', 'kiện toàn tổ chức bộ máy, sắp xếp đội ngũ cán bộ, công chức, viên chức theo vị trí việc làm', 'thực hiện nghiêm quy định về văn hóa công vụ, chấn chỉnh lề lối, tác phong làm việc', 'công khai, minh bạch quy trình giải quyết thủ tục hành chính tại Bộ phận Một cửa', 'đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức đúng quy định'],
  },
  {
    lead: 'so-ke-hoach-va-dau-tu',
    subjects: ['đẩy nhanh tiến độ giải ngân kế hoạch vốn đầu tư công năm {year}', 'xây dựng kế hoạch đầu tư công trung hạn giai đoạn {period}', 'triển khai Kế hoạch phát triển kinh tế - xã hội năm {next}'],
    tasks: ['đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu giải ngân 100% kế hoạch vốn được giao', 'rà soát danh mục dự án đầu tư công, điều chuyển vốn từ dự án chậm giải ngân sang dự án có khả năng giải ngân', 'tập trung hoàn thiện thủ tục đầu tư các dự án khởi công mới', 'tổng hợp, đánh giá tình hình thực hiện các chỉ tiêu kinh tế - xã hội chủ yếu', 'xử lý dứt điểm nợ đọng xây dựng cơ bản của các dự án trên địa bàn'],
  },
  {
    lead: 'so-tai-chinh',
    subjects: ['xây dựng dự toán ngân sách nhà nước năm {next}', 'tăng cường công tác quản lý thu, chi ngân sách nhà nước năm {year}', 'thực hành tiết kiệm, chống lãng phí năm {year}', 'quản lý, sử dụng tài sản công trên địa bàn tỉnh'],
    tasks: ['điều hành chi ngân sách chặt chẽ, tiết kiệm, đúng dự toán được giao', 'rà soát, sắp xếp lại, xử lý nhà, đất thuộc sở hữu nhà nước theo quy định', 'tăng cường chống thất thu ngân sách, xử lý nợ đọng thuế', 'thực hiện công khai ngân sách theo quy định của Luật Ngân sách nhà nước', 'quyết toán vốn các dự án hoàn thành đúng thời hạn quy định'],
  },
  {
    lead: 'so-thong-tin-va-truyen-thong',
    from: 2019,
    subjects: ['đẩy mạnh chuyển đổi số tỉnh Quảng Ngãi năm {year}', 'phát triển Chính quyền số và bảo đảm an toàn thông tin mạng', 'nâng cao tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình', 'triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử'],
    tasks: ['đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, tăng tỷ lệ hồ sơ nộp trực tuyến', 'xây dựng, cập nhật cơ sở dữ liệu chuyên ngành, bảo đảm kết nối, chia sẻ với Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của tỉnh', 'thực hiện ký số, gửi nhận văn bản điện tử trên Hệ thống quản lý văn bản và điều hành', 'bảo đảm an toàn thông tin mạng theo mô hình 4 lớp', 'phát triển kinh tế số, xã hội số, thúc đẩy thanh toán không dùng tiền mặt'],
  },
  {
    lead: 'so-thong-tin-va-truyen-thong',
    to: 2019,
    subjects: ['ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm {year}', 'xây dựng Chính quyền điện tử tỉnh Quảng Ngãi'],
    tasks: ['sử dụng hiệu quả hệ thống thư điện tử công vụ trong trao đổi văn bản', 'nâng cấp Cổng thông tin điện tử, cung cấp dịch vụ công trực tuyến mức độ 3, 4', 'đào tạo, bồi dưỡng kỹ năng ứng dụng công nghệ thông tin cho cán bộ, công chức'],
  },
  {
    lead: 'so-tai-nguyen-va-moi-truong',
    subjects: ['tăng cường công tác quản lý nhà nước về đất đai, tài nguyên khoáng sản', 'đẩy nhanh công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm', 'lập kế hoạch sử dụng đất năm {next} cấp huyện', 'tăng cường công tác bảo vệ môi trường trên địa bàn tỉnh'],
    tasks: ['kiểm tra, xử lý nghiêm các trường hợp khai thác cát, sỏi lòng sông trái phép', 'đẩy nhanh công tác bồi thường, hỗ trợ, tái định cư, bàn giao mặt bằng cho chủ đầu tư', 'cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân', 'giám sát chặt chẽ hoạt động xả thải của các cơ sở sản xuất, kinh doanh', 'xử lý dứt điểm các vướng mắc về đất đai kéo dài'],
  },
  {
    lead: 'so-nong-nghiep-va-ptnt',
    subjects: ['triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn {period}', 'chủ động phòng, chống thiên tai, tìm kiếm cứu nạn mùa mưa bão năm {year}', 'tổ chức sản xuất vụ Đông Xuân {year}-{next}', 'phòng, chống dịch bệnh trên gia súc, gia cầm'],
    tasks: ['rà soát, bổ sung phương án ứng phó thiên tai theo cấp độ rủi ro', 'kiểm tra an toàn hồ chứa, đê điều trước mùa mưa bão', 'hướng dẫn Nhân dân gieo sạ đúng lịch thời vụ, sử dụng giống chống chịu', 'tập trung xây dựng các tiêu chí nông thôn mới nâng cao, nông thôn mới kiểu mẫu', 'phát triển sản phẩm OCOP gắn với thế mạnh của từng địa phương'],
  },
  {
    lead: 'so-lao-dong-tbxh',
    subjects: ['thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn {period}', 'chăm lo Tết Nguyên đán cho các đối tượng chính sách năm {next}', 'rà soát hộ nghèo, hộ cận nghèo năm {year}'],
    tasks: ['tổ chức rà soát hộ nghèo, hộ cận nghèo công khai, dân chủ, đúng quy trình', 'chi trả kịp thời chế độ trợ cấp cho người có công và đối tượng bảo trợ xã hội', 'đẩy mạnh đào tạo nghề gắn với giải quyết việc làm cho lao động nông thôn', 'hỗ trợ nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn'],
  },
  {
    lead: 'so-y-te',
    from: 2020, to: 2022,
    subjects: ['tăng cường các biện pháp phòng, chống dịch COVID-19 trên địa bàn tỉnh', 'triển khai chiến dịch tiêm vắc xin phòng COVID-19'],
    tasks: ['thực hiện nghiêm thông điệp 5K và các biện pháp phòng, chống dịch', 'tổ chức tiêm vắc xin phòng COVID-19 an toàn, đúng đối tượng', 'chuẩn bị đầy đủ cơ sở thu dung, điều trị, trang thiết bị, vật tư y tế'],
  },
  {
    lead: 'so-y-te',
    subjects: ['tăng cường công tác bảo đảm an toàn thực phẩm năm {year}', 'nâng cao chất lượng khám, chữa bệnh tại tuyến y tế cơ sở'],
    tasks: ['kiểm tra an toàn thực phẩm tại các cơ sở sản xuất, kinh doanh, bếp ăn tập thể', 'bảo đảm đủ thuốc, vật tư y tế phục vụ khám, chữa bệnh', 'nâng cao tỷ lệ người dân tham gia bảo hiểm y tế'],
  },
  {
    lead: 'so-giao-duc-va-dao-tao',
    subjects: ['tổ chức kỳ thi tốt nghiệp trung học phổ thông năm {year}', 'chuẩn bị các điều kiện cho năm học {year}-{next}', 'sắp xếp mạng lưới trường, lớp học trên địa bàn'],
    tasks: ['bảo đảm đủ phòng học, giáo viên, sách giáo khoa cho năm học mới', 'tổ chức kỳ thi an toàn, nghiêm túc, đúng quy chế', 'duy trì, nâng cao chất lượng phổ cập giáo dục, xóa mù chữ'],
  },
  {
    lead: 'so-van-hoa-the-thao-va-du-lich',
    subjects: ['phát triển du lịch biển, đảo Lý Sơn năm {year}', 'tổ chức các hoạt động chào mừng kỷ niệm ngày thành lập tỉnh Quảng Ngãi', 'xây dựng đời sống văn hóa cơ sở'],
    tasks: ['quảng bá, xúc tiến du lịch, phát triển sản phẩm du lịch đặc thù của tỉnh', 'bảo tồn, phát huy giá trị di tích lịch sử - văn hóa trên địa bàn', 'tổ chức các hoạt động văn hóa, văn nghệ, thể thao chào mừng các ngày lễ lớn'],
  },
  {
    lead: 'so-giao-thong-van-tai',
    subjects: ['bảo đảm trật tự, an toàn giao thông năm {year}', 'đẩy nhanh tiến độ các dự án giao thông trọng điểm', 'triển khai dự án đường cao tốc Bắc - Nam phía Đông đoạn qua tỉnh'],
    tasks: ['tuần tra, kiểm soát, xử lý nghiêm vi phạm trật tự an toàn giao thông', 'khắc phục kịp thời các điểm đen, điểm tiềm ẩn tai nạn giao thông', 'đẩy nhanh tiến độ thi công tuyến đường ven biển Dung Quất - Sa Huỳnh'],
  },
  {
    lead: 'so-cong-thuong',
    subjects: ['thu hút đầu tư vào Khu kinh tế Dung Quất và các khu công nghiệp', 'bình ổn thị trường, kiểm soát giá cả hàng hóa dịp Tết', 'phát triển cụm công nghiệp trên địa bàn tỉnh'],
    tasks: ['tháo gỡ khó khăn, vướng mắc cho doanh nghiệp, nhà đầu tư', 'chống buôn lậu, gian lận thương mại và hàng giả', 'bảo đảm cung ứng điện phục vụ sản xuất và sinh hoạt'],
  },
  {
    lead: 'so-tu-phap',
    subjects: ['triển khai công tác phổ biến, giáo dục pháp luật năm {year}', 'rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh', 'kiểm tra, theo dõi thi hành pháp luật năm {year}'],
    tasks: ['rà soát văn bản quy phạm pháp luật hết hiệu lực, đề xuất sửa đổi, bổ sung', 'tổ chức tuyên truyền, phổ biến pháp luật cho cán bộ và Nhân dân', 'nâng cao chất lượng thẩm định dự thảo văn bản quy phạm pháp luật'],
  },
  {
    lead: 'so-xay-dung',
    subjects: ['tăng cường quản lý trật tự xây dựng trên địa bàn tỉnh', 'phát triển nhà ở xã hội giai đoạn {period}', 'xóa nhà tạm, nhà dột nát trên địa bàn tỉnh'],
    tasks: ['kiểm tra, xử lý vi phạm trật tự xây dựng, xây dựng không phép', 'lập, điều chỉnh quy hoạch chung, quy hoạch phân khu đô thị', 'quản lý chất lượng công trình xây dựng theo quy định'],
  },
];

/** The five-year plan containing a year (`2021-2025`). */
export function planPeriod(year: number): string {
  const start = 2001 + Math.floor((year - 2001) / 5) * 5;
  return `${start}-${start + 4}`;
}

export function fillTopic(text: string, year: number): string {
  return text
    .replaceAll('{year}', String(year))
    .replaceAll('{next}', String(year + 1))
    .replaceAll('{period}', planPeriod(year));
}

export function topicsFor(year: number): Topic[] {
  return TOPICS.filter((t) => (t.from ?? 0) <= year && year <= (t.to ?? 9999));
}
