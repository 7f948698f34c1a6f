// Vietnamese personal names and military ranks, the two shapes every people recogniser shares.
// A name is two to four capitalised syllables starting with a common family name, so "Hà Giang"
// or "Quân khu" alone are not people: the recognisers also ask for a rank, "đồng chí", "ông/bà",
// a position before the name or ", <position>" after it.

import { slug } from '../typography/slug.js';

/** Family names met in the field (extend here: one list for every recogniser). */
const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Khổng', 'Lại', 'Hầu', 'Thào', 'Tống', 'Đinh', 'Trịnh', 'Mai', 'Đoàn', 'Lương', 'Lò',
  'Giàng', 'Sùng', 'Vàng', 'Hà', 'Cao', 'Chu', 'Lưu', 'Tạ', 'Quách', 'Triệu', 'Đào', 'Lâm', 'Kiều', 'Tô',
  'Thái', 'Trương', 'Đàm', 'Nông', 'Lục', 'Hứa', 'La', 'Vi', 'Quàng', 'Cầm', 'Lù', 'Mùa', 'Ly', 'Sầm',
];
const SYLLABLE = String.raw`\p{Lu}[\p{Ll}\p{M}]*`;
/** A name: family name then one to three capitalised syllables (not an all-capitals acronym). */
export const NAME = String.raw`(?:${SURNAMES.join('|')})(?:\s+${SYLLABLE}){1,3}(?![\p{L}])`;

/** Ranks, in any capitalisation ("Trung Tướng" as some papers print it). */
export const RANK = String.raw`(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|Chuẩn\s+đô\s+đốc|Phó\s+đô\s+đốc|Đô\s+đốc)`;

/** "Trung Tướng" → "Trung tướng": ranks are common nouns after the first word (ND30 Phụ lục II). */
export function normalRank(rank: string): string {
  const words = rank.trim().split(/\s+/u);
  return [words[0]!.charAt(0).toLocaleUpperCase('vi') + words[0]!.slice(1).toLocaleLowerCase('vi'), ...words.slice(1).map((w) => w.toLocaleLowerCase('vi'))].join(' ');
}

/** Words that open a position or title: "Bí thư Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "Chính ủy …". */
export const POSITION_START = String.raw`(?:Quyền|Phó|Nguyên|Ủy viên|Uỷ viên|Bí thư|Chủ tịch|Chủ nhiệm|Chính ủy|Chính uỷ|Chỉ huy|Tư lệnh|Tham mưu|Giám đốc|Trưởng|Thường trực|Đại biểu|Cục trưởng|Vụ trưởng|Bộ trưởng|Thứ trưởng|Hiệu trưởng|Tổng|Chánh)`;

/** Verbs that end a list of positions and start what the person did or said. */
export const ACTION = String.raw`(?:phát biểu|đề nghị|yêu cầu|nhấn mạnh|lưu ý|đánh giá|thống nhất|chủ trì|đồng chủ trì|trao|tặng|thảo luận|kết luận|khẳng định|chỉ rõ|ghi nhận|biểu dương|báo cáo|tham dự|dự|tại|cho biết|chúc mừng)`;

/** A stable id from a name: "Khổng Đình Tám" → "khong-dinh-tam". */
export function personId(name: string): string {
  return slug(name);
}
