/**
 * Every numbered instrument each real document cites, with the body that issued it, from a reading of the
 * sources (not the detector's output). The issuer is the body a careful reader names, completed from the
 * citing document's context (`Sở Xây dựng` in a Hồ Chí Minh City letter is that city's). The document's own
 * number (in an attached text's note) is not a citation.
 */
import { foldDiacritics } from '../../text.ts';

/** One key for the names of one body: roles, sittings and terms dropped (`Bộ trưởng Bộ Y tế` is Bộ Y tế's). */
export function bodyKey(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/[.,()*]/g, ' ')
    .replace(/\buy ban nhan dan\b/g, 'ubnd')
    .replace(/\bhoi dong nhan dan\b/g, 'hdnd')
    .replace(/\btp\b/g, 'thanh pho')
    .replace(/^\s*(?:(?:pho )?chu tich|bo truong|giam doc|thu truong|thuong truc|ban thuong vu)\s+/, '')
    .replace(/^\s*hoi nghi lan thu \S+\s+/, '')
    .replace(/^\s*ban chap hanh dang bo tinh\s+/, 'tinh uy ')
    .replace(/\s+khoa\s+[ivxlc]+\s*$/, '')
    .replace(/(trung uong)\s+dang\s*$/, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const TTG = 'Thủ tướng Chính phủ';
const CP = 'Chính phủ';
const VPCP = 'Văn phòng Chính phủ';
const QH = 'Quốc hội';
const BTC = 'Bộ Tài chính';
const BGD = 'Bộ Giáo dục và Đào tạo';
const BYT = 'Bộ Y tế';
const BCT = 'Bộ Chính trị';
const BNNMT = 'Bộ Nông nghiệp và Môi trường';
const HCM = 'UBND thành phố Hồ Chí Minh';
const HN = 'UBND thành phố Hà Nội';
const all = (issuer: string, keys: string[]): Record<string, string> => Object.fromEntries(keys.map((k) => [k, issuer]));

export const REAL_CITATIONS: Record<string, Record<string, string>> = {
  '01.txt': {
    '15972/SXD-QLN&TTBĐS': 'Sở Xây dựng thành phố Hồ Chí Minh',
    '515/KH-BCA-BNN&MT': 'Bộ Công an và Bộ Nông nghiệp và Môi trường',
    '94/KH-UBND': HCM,
    ...all('Bộ Xây dựng', ['08/2024/TT-BXD', '09/2025/TT-BXD']),
  },
  '02.txt': { '3280/UBND-VX': HCM, '9807/TTr-SNV': 'Sở Nội vụ thành phố Hồ Chí Minh' },
  '03.txt': { '226/TTr-BKHCN': 'Bộ Khoa học và Công nghệ' },
  '04.txt': { ...all(TTG, ['13/CT-TTg', '30/CT-TTg']), ...all(VPCP, ['341/TB-VPCP', '6721/VPCP-V.I', '7514/VPCP-V.I']), '86/NQ-CP': CP },
  '05.txt': { ...all('Ban Tổ chức Trung ương', ['9151-CV/BTCTW', '9671-CV/BTCTW']), '8091/BNV-TCBC': 'Bộ Nội vụ' },
  '06.txt': all(CP, ['126/2020/NĐ-CP', '91/2022/NĐ-CP', '122/2025/NĐ-CP', '125/2025/NĐ-CP']),
  '07.txt': {
    '1691/UBDNGS15': 'Ủy ban Dân nguyện và Giám sát Quốc hội',
    ...all(BTC, ['45/2024/TT-BTC', '283/2016/TT-BTC']),
    '375/BNN-TC': 'Bộ Nông nghiệp và Phát triển nông thôn',
  },
  '08.txt': { '01/CV-01': 'Công Ty TNHH Khuôn Mẫu Yong Hong', '43/2018/QĐ-TTg': TTG, '72/2024/NĐ-CP': CP, '142/2024/QH15': QH },
  '09.txt': {
    '324/QTR-KTr2': 'Thuế tỉnh Quảng Trị',
    ...all(QH, ['59/2020/QH14', '48/2024/QH15', '38/2019/QH14']),
    '181/2025/NĐ-CP': CP,
    ...all(BTC, ['219/2013/TT-BTC', '130/2016/TT-BTC']),
  },
  '10.txt': {
    ...all(BGD, ['11/2025/TT-BGDĐT', '15/2025/TT-BGDĐT', '2553/BGDĐT-GDTX', '10/VBHN-BGDĐT', '2264/BGDĐT-GDTX', '6165/BGDĐT-GDPT']),
    ...all('Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh', ['1144/GDĐT-GDTX', '4338/SGDĐT-GDTXNNĐH']),
  },
  '11.txt': { '210-KL/TW': 'Ban Chấp hành Trung ương Đảng', '72/2025/QH15': QH, ...all('Bộ Nội vụ', ['7415/BNV-CCVC', '9395/BNV-CCVC']) },
  '12.txt': { '282/TTg-TKBT': TTG },
  '13.txt': {
    ...all(TTG, ['27/CT-TTg', '27/CTTg', '496/QĐ-TTg', '1679/QĐ-TTg', '314/QĐ-TTg', '537/QĐ-TTg', '588/QĐ-TTg', '1579/QĐ-TTg', '1999/QĐ-TTg', '2259/QĐ-TTg', '520/QĐ-TTg', '1745/QĐ-TTg']),
    ...all(BYT, ['6676/BYT-CDS', '02/2021/TT-BYT', '01/2021/TT-BYT', '34/2023/TT-BYT', '2324/QĐ-BYT', '403/QĐ-BYT', '2539/QĐ-BYT']),
    '21-NQ/TW': 'Ban Chấp hành Trung ương Đảng',
    '157/TB-VPCP': VPCP,
    '30-CTr/TU': 'Thành ủy Cần Thơ',
    ...all('Tỉnh ủy Hậu Giang', ['144-CTr/TU', '17-CT/TU']),
    '27-CTr/TU': 'Tỉnh ủy Sóc Trăng',
    '53/KH-UBND': 'UBND thành phố Cần Thơ',
    '75/KH-UBND': 'UBND tỉnh Sóc Trăng',
    '137/NQ-CP': CP,
    '55/KH-UBND': 'UBND tỉnh Hậu Giang',
    '149-KL/TW': BCT,
  },
  '14.txt': { ...all(TTG, ['1899/QĐ-TTg', '118/2008/QĐ-TTg']), '200/2025/NĐ-CP': CP, ...all(BTC, ['92/2009/TT-BTC', '85/2020/TT-BTC']) },
  '15.txt': { '1850/QĐ-TTg': TTG },
  '16.txt': { '2138/QĐ-TTg': TTG, '80/2025/NĐ-CP': CP },
  '17.txt': {
    '05/CT-TTg': TTG,
    ...all('Tỉnh ủy Quảng Trị', ['31-CT/TU', '134-KH/TU']),
    ...all('UBND tỉnh Quảng Trị', ['03/CT-UBND', '728/PA-UBND']),
    ...all(CP, ['131/2025/NĐ-CP', '136/2025/NĐ-CP']),
  },
  '18.txt': { '766/QĐ-TTg': TTG, '66/NQ-CP': CP, '118/2025/NĐ-CP': CP },
  '19.txt': {},
  '20.txt': {},
  '21.txt': {
    ...all(QH, ['55/2010/QH12', '28/2016/QH14', '107/2020/QH14']),
    '74/CP': CP,
    ...all(BTC, ['89-TC/TCT', '59/2025/TT-BTC']),
    '30610/TTr-HAN-QLĐ': 'Thuế thành phố Hà Nội',
    '3842/QĐ-UBND': HN,
  },
  '22.txt': { '158/CĐ-TTg': TTG, ...all(VPCP, ['627/TB-VPCP', '493/TB-VPCP', '10894/VPCP-CN', '8563/VPCP-CN']) },
  '23.txt': {},
  '24.txt': { ...all(BCT, ['02-NQ/TW', '80-NQ/TW']), '08-CTr/TU': 'Thành ủy Hà Nội', ...all(HN, ['128/KH-UBND', '53/2016/QĐ-UBND', '5969/QĐ-UBND']) },
  '25.txt': {
    '212-TB/TU': 'Thành ủy Hà Nội',
    ...all(HN, ['325/KH-UBND', '312/KH-UBND', '364/QĐ-UBND', '4377/QĐ-UBND', '5521/QĐ-UBND', '6079/QĐ-UBND', '6078/QĐ-UBND', '6077/QĐ-UBND', '41/2017/QĐ-UBND']),
    '191/TTr-SXD': 'Sở Xây dựng thành phố Hà Nội',
    '924/QC-SNNMT-SXD': 'Sở Nông nghiệp và Môi trường - Sở Xây dựng thành phố Hà Nội',
    '2152/QĐ-BNN-TCTL': 'Bộ Nông nghiệp và Phát triển nông thôn',
    '28/NQ-HĐND': 'HĐND thành phố Hà Nội',
    '01/KH1N-01/17h00/DBQG-DBKH': 'Trung tâm dự báo khí tượng thủy văn Quốc gia',
  },
  '26.txt': { '92/TTr-UBND': 'UBND tỉnh Đồng Nai' },
  // `252/TTy-BNV` as scanned is Tờ trình 252/TTr-BNV; the HĐND's name is garbled by the scan (`Tì hành. phố`).
  '27.txt': { '300/2025/NĐ-CP': CP, '10/TTr-HĐND': 'HĐND thành phố Đà Nẵng', '252/TTr-BNV': 'Bộ Nội vụ' },
  '28.txt': {
    '02-NQ/TW': BCT,
    '39/2022/NĐ-CP': CP,
    ...all(BNNMT, ['4017/TTr-BNNMT', '4123/BC-BNNMT', '4017/TT-BNNMT']),
    ...all(HN, ['83/TTr-UBND', '1407/UBND-NNMT', '1446/UBND-NNMT', '139/BC-UBND']),
  },
};
