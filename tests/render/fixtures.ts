// Hand-written document models, one per profile, shaped like real báo cáo sơ kết: headings at all
// four levels, enough text for three pages, a list of each kind, a table, Kính gửi, the signature
// and the recipients. Renderer tests read only these (never a record).
import type { Block, DocumentModel, Inline } from '../../src/document/model.js';
import { MODEL_VERSION } from '../../src/document/model.js';

const text = (t: string, extra: { bold?: boolean; italic?: boolean } = {}): Inline => ({ kind: 'text', text: t, ...extra });
const p = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
const para = (t: string): Block => p(text(t));
const h = (level: 1 | 2 | 3 | 4, label: string, title: string): Block => ({ kind: 'heading', level, label, content: [text(title)] });

/** Plain sentences of the body, kept for the tests that look them up in the extracted text. */
export const DBP_PARAGRAPHS = [
  'Thực hiện Nghị quyết số 1658-NQ/QUTW ngày 20 tháng 12 năm 2022 của Quân ủy Trung ương về lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng, Đảng ủy Quân sự tỉnh đã quán triệt, triển khai đến các tổ chức đảng và đảng viên trong Đảng bộ.',
  'Tình hình chính trị, kinh tế - xã hội trên địa bàn tỉnh cơ bản ổn định; quốc phòng, an ninh được giữ vững; đời sống vật chất, tinh thần của Nhân dân các dân tộc từng bước được nâng lên.',
  'Công tác giáo dục chính trị, tư tưởng được tiến hành thường xuyên, nền nếp; cán bộ, chiến sĩ có bản lĩnh chính trị vững vàng, tuyệt đối trung thành với Đảng, với Tổ quốc và Nhân dân.',
  'Các cơ quan, đơn vị đã duy trì nghiêm chế độ trực sẵn sàng chiến đấu, trực phòng không, trực chỉ huy; nắm chắc tình hình địa bàn, kịp thời tham mưu xử lý các tình huống, không để bị động, bất ngờ.',
  'Công tác huấn luyện, diễn tập được triển khai đúng kế hoạch; tổ chức thành công diễn tập khu vực phòng thủ cấp huyện, diễn tập chiến đấu phòng thủ cấp xã, bảo đảm an toàn tuyệt đối về người và vũ khí, trang bị.',
  'Công tác tuyển chọn và gọi công dân nhập ngũ đạt 100% chỉ tiêu, bảo đảm chất lượng; tỷ lệ đảng viên, đoàn viên nhập ngũ cao hơn năm trước.',
  'Lực lượng dân quân tự vệ được xây dựng vững mạnh, rộng khắp; lực lượng dự bị động viên được đăng ký, quản lý chặt chẽ, sắp xếp vào các đơn vị đạt tỷ lệ cao.',
  'Công tác hậu cần, kỹ thuật bảo đảm kịp thời cho các nhiệm vụ; đời sống bộ đội được nâng lên, quân số khỏe đạt trên 98%.',
  'Công tác xây dựng Đảng được chú trọng; năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên được nâng lên rõ rệt.',
  'Một số cấp ủy, chỉ huy chưa thật sự quan tâm đến công tác kiểm tra, giám sát; việc sơ kết, rút kinh nghiệm có lúc chưa kịp thời.',
  'Nguyên nhân của hạn chế chủ yếu là do nhận thức của một số cán bộ chưa đầy đủ; địa bàn rộng, giao thông đi lại khó khăn, thời tiết diễn biến phức tạp.',
  'Thứ nhất, phải thường xuyên quán triệt sâu sắc các nghị quyết, chỉ thị của cấp trên, vận dụng sáng tạo vào thực tiễn của từng cơ quan, đơn vị.',
  'Thứ hai, phát huy sức mạnh tổng hợp của cả hệ thống chính trị, sự vào cuộc của các cấp, các ngành và Nhân dân trên địa bàn.',
  'Tiếp tục lãnh đạo thực hiện tốt nhiệm vụ quân sự, quốc phòng địa phương; xây dựng lực lượng vũ trang tỉnh vững mạnh toàn diện, “mẫu mực, tiêu biểu”.',
  'Đề nghị Đảng ủy Quân khu quan tâm bổ sung kinh phí cho công tác xây dựng công trình chiến đấu trong khu vực phòng thủ của tỉnh.',
] as const;

/** Filler that makes the sample run over three pages, with line breaks and emphasis in it. */
const LONG = [
  'Quá trình triển khai luôn bám sát chủ trương của cấp trên, chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh; phát huy vai trò tham mưu của cơ quan quân sự các cấp trong thực hiện nhiệm vụ quốc phòng ở cơ sở.',
  'Các đơn vị đã chủ động phối hợp với lực lượng công an, biên phòng nắm chắc tình hình, giải quyết kịp thời các vụ việc phát sinh, góp phần giữ vững ổn định chính trị, trật tự an toàn xã hội trên địa bàn biên giới.',
  'Cấp ủy, chỉ huy các cấp đã tập trung lãnh đạo nâng cao chất lượng huấn luyện sát với thực tế chiến đấu, đối tượng tác chiến, địa bàn; chú trọng huấn luyện đồng bộ, chuyên sâu, thực hành, kết hợp với giáo dục rèn luyện kỷ luật.',
] as const;

export const DBP_LIST = ['Quán triệt nghị quyết đến 100% tổ chức đảng', 'Tổ chức 12 lớp bồi dưỡng kiến thức quốc phòng', 'Kiểm tra 18 tổ chức đảng cấp dưới'] as const;
export const DBP_TABLE = {
  header: ['Nội dung', 'Chỉ tiêu', 'Kết quả'],
  rows: [
    ['Gọi công dân nhập ngũ', '1.250 người', '1.250 người'],
    ['Huấn luyện dân quân tự vệ', '95%', '97,5%'],
  ],
} as const;

function sampleBody(paragraphs: readonly string[], list: readonly string[], ordered: boolean): Block[] {
  const [p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14] = paragraphs;
  return [
    h(1, 'Phần thứ nhất', 'Kết quả thực hiện nhiệm vụ'),
    h(2, 'I.', 'Đặc điểm tình hình'),
    para(p0!),
    para(p1!),
    ...LONG.map(para),
    h(2, 'II.', 'Kết quả đạt được'),
    h(3, '1.', 'Công tác lãnh đạo, chỉ đạo'),
    para(p2!),
    p(text('Kết quả nổi bật: ', { bold: true }), text('toàn Đảng bộ đã thực hiện đạt và vượt các chỉ tiêu đề ra', { italic: true }), text('.')),
    { kind: 'list', ordered, items: list.map((i) => [text(i)]) },
    h(3, '2.', 'Công tác quân sự, quốc phòng'),
    h(4, 'a)', 'Về sẵn sàng chiến đấu'),
    para(p3!),
    ...LONG.map(para),
    h(4, 'b)', 'Về huấn luyện, diễn tập'),
    para(p4!),
    para(p5!),
    {
      kind: 'table',
      header: DBP_TABLE.header.map((c) => [text(c)]),
      rows: DBP_TABLE.rows.map((r) => r.map((c) => [text(c)])),
      widths: [3, 1.5, 1.5],
    },
    para(p6!),
    para(p7!),
    ...LONG.map(para),
    h(3, '3.', 'Công tác xây dựng Đảng'),
    para(p8!),
    h(2, 'III.', 'Hạn chế và nguyên nhân'),
    para(p9!),
    para(p10!),
    h(1, 'Phần thứ hai', 'Bài học kinh nghiệm và phương hướng'),
    h(2, 'I.', 'Bài học kinh nghiệm'),
    para(p11!),
    para(p12!),
    h(2, 'II.', 'Phương hướng, nhiệm vụ'),
    para(p13!),
    ...LONG.map(para),
    h(2, 'III.', 'Đề xuất, kiến nghị'),
    p(text(p14!), { kind: 'break' }, text('Đề nghị bổ sung chỉ tiêu đào tạo cán bộ quân sự cấp xã.')),
  ];
}

/** The sentence after the line break in the last paragraph. */
export const BREAK_TAIL = 'Đề nghị bổ sung chỉ tiêu đào tạo cán bộ quân sự cấp xã.';
export const LONG_PARAGRAPHS = LONG;

export const hd36Model: DocumentModel = {
  modelVersion: MODEL_VERSION,
  profile: 'hd36',
  meta: {
    title: 'Báo cáo sơ kết 6 tháng đầu năm 2023',
    subject: 'Sơ kết 6 tháng thực hiện Nghị quyết số 1658-NQ/QUTW của Quân ủy Trung ương',
    author: 'Đảng ủy Quân sự tỉnh Điện Biên',
    created: '2023-08-22T01:30:00Z',
    language: 'vi-VN',
    keywords: ['sơ kết', 'Điện Biên'],
  },
  frame: {
    heading: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
    issuers: [{ parent: 'ĐẢNG BỘ TỈNH ĐIỆN BIÊN', name: 'ĐẢNG ỦY QUÂN SỰ TỈNH' }],
    number: 'Số      -BC/ĐUQS',
    dateLine: 'Điện Biên, ngày 22 tháng 8 năm 2023',
    docType: 'BÁO CÁO',
    summary: ['sơ kết 6 tháng thực hiện Nghị quyết số 1658-NQ/QUTW', 'của Quân ủy Trung ương'],
    to: ['Đảng ủy Quân khu 2'],
    signatures: [{ authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Vũ Văn Hà' }],
    recipients: ['Đảng ủy Quân khu 2 (để báo cáo)', 'Ban Thường vụ Tỉnh ủy (để báo cáo)', 'Các đồng chí Đảng ủy viên', 'Lưu Văn phòng'],
  },
  body: sampleBody(DBP_PARAGRAPHS, DBP_LIST, false),
};

export const nd30Model: DocumentModel = {
  modelVersion: MODEL_VERSION,
  profile: 'nd30',
  meta: {
    title: 'Báo cáo sơ kết 1 năm thực hiện Nghị định 21/2019/NĐ-CP',
    subject: 'Sơ kết 1 năm thực hiện Nghị định số 21/2019/NĐ-CP của Chính phủ về khu vực phòng thủ',
    author: 'Ủy ban nhân dân tỉnh Lai Châu',
    created: '2023-09-08T02:00:00Z',
    language: 'vi-VN',
  },
  frame: {
    heading: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    issuers: [{ name: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU' }],
    number: 'Số: 05/BC-UBND',
    dateLine: 'Lai Châu, ngày 08 tháng 9 năm 2023',
    docType: 'BÁO CÁO',
    summary: ['Sơ kết 1 năm thực hiện Nghị định số 21/2019/NĐ-CP', 'của Chính phủ về khu vực phòng thủ'],
    to: ['Bộ Quốc phòng', 'Bộ Chỉ huy Quân khu 2'],
    signatures: [{ authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Lê Văn Lương' }],
    recipients: ['Như trên', 'Thường trực Tỉnh ủy', 'Thường trực HĐND tỉnh', 'Bộ CHQS tỉnh', 'Lưu: VT, NC'],
  },
  body: sampleBody(DBP_PARAGRAPHS, DBP_LIST, true),
};

export const MODELS = { hd36: hd36Model, nd30: nd30Model } as const;
