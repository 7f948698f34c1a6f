// The recognisers piece by piece, with sentences shaped like the seed articles' and written
// variants (dotted and slashed dates, "khóa 11", positions before names, "Trung Tướng", capitals).
import { describe, expect, test } from 'vitest';
import { recogniseAbbreviations } from '../../src/import/abbreviations.js';
import { readArticle, splitSentences } from '../../src/import/article.js';
import { recogniseAttendees, recogniseChairs } from '../../src/import/attendees.js';
import { mergeCommendations, recogniseCommendation } from '../../src/import/commendations.js';
import { recogniseCredit } from '../../src/import/credit.js';
import { isoDate, recogniseDate } from '../../src/import/date.js';
import { recogniseFigures } from '../../src/import/figures.js';
import { recogniseKind, recogniseLead, recogniseOrganizer, recogniseSubject, recogniseVenue } from '../../src/import/lead.js';
import { personId } from '../../src/import/names.js';
import { gatherPeople, recogniseMentions } from '../../src/import/people.js';
import { recogniseArticle } from '../../src/import/recognise.js';
import { recogniseSpeech, splitPoints } from '../../src/import/speeches.js';

describe('date', () => {
  test.each([
    ['Sáng 22-8, tại huyện Điện Biên Đông …', { day: 22, month: 8, dayPart: 'sáng' }, '--08-22'],
    ['Sáng 24.8, tại huyện Bắc Mê, …', { day: 24, month: 8, dayPart: 'sáng' }, '--08-24'],
    ['Ngày 14/10, Đảng ủy Quân sự tỉnh Điện Biên tổ chức …', { day: 14, month: 10 }, '--10-14'],
    ['… giai đoạn 2016-2021 diễn ra sáng 8-9.', { day: 8, month: 9, dayPart: 'sáng' }, '--09-08'],
    ['Chiều 5/9/2023, tại hội trường …', { day: 5, month: 9, year: 2023, dayPart: 'chiều' }, '2023-09-05'],
    ['Sáng ngày 22 tháng 8 năm 2023, …', { day: 22, month: 8, year: 2023, dayPart: 'sáng' }, '2023-08-22'],
  ])('%s', (sentence, value, iso) => {
    const d = recogniseDate(sentence)!;
    expect(d.value).toEqual(value);
    expect(isoDate(d.value)).toBe(iso);
    expect(d.sentence).toBe(sentence);
  });

  test('numbers without a day part or "ngày" are not dates', () => {
    expect(recogniseDate('giữa nhiệm kỳ 2020 – 2025, khóa 11')).toBeUndefined();
    expect(recogniseDate('giai đoạn 2016-2021')).toBeUndefined();
    expect(recogniseDate('Ngày 32/13, …')).toBeUndefined();
  });
});

describe('lead', () => {
  test('kind and subject with its period, before "thực hiện" and after the title', () => {
    const s = 'Sáng 22-8, tại huyện Điện Biên Đông đã diễn ra Hội nghị sơ kết 1 năm thực hiện Quy chế phối hợp giữa Đảng ủy Quân sự tỉnh Điện Biên với các huyện, thị, thành ủy trong lãnh đạo, chỉ đạo nhiệm vụ quốc phòng, quân sự địa phương; xây dựng, hoạt động khu vực phòng thủ (KVPT) và công tác xây dựng Đảng.';
    const lead = recogniseLead([s]);
    expect(lead.kind?.value).toBe('sơ kết');
    expect(lead.subject?.value).toEqual({
      type: 'quy chế',
      title: 'phối hợp giữa Đảng ủy Quân sự tỉnh Điện Biên với các huyện, thị, thành ủy trong lãnh đạo, chỉ đạo nhiệm vụ quốc phòng, quân sự địa phương; xây dựng, hoạt động khu vực phòng thủ và công tác xây dựng Đảng',
      period: { label: '1 năm' },
    });
    expect(lead.venue?.value).toBe('huyện Điện Biên Đông');
    // No "X tổ chức": the organiser is inferred, and says so.
    expect(lead.organizer?.value).toBe('Đảng ủy Quân sự tỉnh Điện Biên');
    expect(lead.organizer?.inferred).toMatch(/bài không nói ai tổ chức/);
  });

  test('a term period after the title: half a term keeps only its first year', () => {
    const s = recogniseSubject('Hội nghị sơ kết thực hiện Quy chế phối hợp giữa Đảng ủy Quân sự tỉnh với các Huyện ủy, Thành ủy trong lãnh đạo; công tác kiểm tra, giám sát giữa nhiệm kỳ 2020 – 2025.')!;
    expect(s.value.period).toEqual({ label: 'giữa nhiệm kỳ 2020 – 2025', from: 2020 });
    const g = recogniseSubject('Hội nghị tổng kết thực hiện quy chế phối hợp giữa A với B giai đoạn 2016-2021 diễn ra sáng 8-9.')!;
    expect(g.value).toEqual({ type: 'quy chế', title: 'phối hợp giữa A với B', period: { label: 'giai đoạn 2016-2021', from: 2016, to: 2021 } });
  });

  test.each([
    ['Hội nghị tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 (khóa XI) về chiến lược bảo vệ Tổ quốc trong tình hình mới.', 'Nghị quyết Trung ương 8 (khóa XI)'],
    ['Hội nghị tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 (khóa 11) về chiến lược bảo vệ Tổ quốc trong tình hình mới.', 'Nghị quyết Trung ương 8 (khóa 11)'],
    ['Hội nghị tổng kết 10 năm thực hiện Nghị quyết Trung ương 8, khóa XI về chiến lược bảo vệ Tổ quốc trong tình hình mới.', 'Nghị quyết Trung ương 8, khóa XI'],
  ])('a named resolution keeps its name as written: %s', (sentence, name) => {
    const s = recogniseSubject(sentence)!;
    expect(s.value).toEqual({ type: 'nghị quyết', name, title: 'về chiến lược bảo vệ Tổ quốc trong tình hình mới', period: { label: '10 năm' } });
  });

  test('a numbered decree: number, issuer and title', () => {
    const s = recogniseSubject('qua 5 năm thực hiện Nghị định số 21/2019/NĐ-CP của Chính phủ, Tỉnh ủy, UBND tỉnh Lai Châu đã lãnh đạo …')!;
    expect(s.value).toEqual({ type: 'nghị định', number: '21/2019/NĐ-CP', issuer: 'Chính phủ', period: { label: '5 năm' } });
    const t = recogniseSubject('Hội nghị tổng kết 5 năm thực hiện Nghị định số 21/2019/NĐ-CP của Chính phủ về khu vực phòng thủ.')!;
    expect(t.value).toMatchObject({ number: '21/2019/NĐ-CP', issuer: 'Chính phủ', title: 'về khu vực phòng thủ' });
  });

  test('titles in capitals', () => {
    expect(recogniseKind('HỘI NGHỊ TỔNG KẾT 5 NĂM THỰC HIỆN NGHỊ ĐỊNH SỐ 21/2019/NĐ-CP')?.value).toBe('tổng kết');
    expect(recogniseSubject('HỘI NGHỊ TỔNG KẾT 5 NĂM THỰC HIỆN NGHỊ ĐỊNH SỐ 21/2019/NĐ-CP')?.value).toMatchObject({ type: 'nghị định', period: { label: '5 NĂM' } });
  });

  test('organiser and venue as written', () => {
    const s = 'Sáng 24.8, tại huyện Bắc Mê, Đảng ủy Quân sự tỉnh tổ chức Hội nghị sơ kết …';
    expect(recogniseOrganizer(s)?.value).toBe('Đảng ủy Quân sự tỉnh');
    expect(recogniseVenue(s)?.value).toBe('huyện Bắc Mê');
    expect(recogniseOrganizer('Ngày 14/10, Đảng ủy Quân sự tỉnh Điện Biên tổ chức Hội nghị tổng kết …')?.value).toBe('Đảng ủy Quân sự tỉnh Điện Biên');
  });
});

describe('people', () => {
  test('a list: rank, positions after the name, "và" between two people', () => {
    const s = 'Tham dự hội nghị có các đồng chí: Đại tá Khổng Đình Tám, Chủ nhiệm Chính trị Quân khu 2; Trần Quốc Cường, Bí thư Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh và Lê Thành Đô, Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Điện Biên.';
    expect(recogniseMentions(s).map((m) => m.value)).toEqual([
      { name: 'Khổng Đình Tám', rank: 'Đại tá', positions: ['Chủ nhiệm Chính trị Quân khu 2'] },
      { name: 'Trần Quốc Cường', positions: ['Bí thư Tỉnh ủy', 'Bí thư Đảng ủy Quân sự tỉnh'] },
      { name: 'Lê Thành Đô', positions: ['Phó bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Điện Biên'] },
    ]);
  });

  test('a position before the name when the person is the subject; a place after a position is no person', () => {
    expect(recogniseMentions('Quyền Bí thư Tỉnh ủy Nguyễn Mạnh Dũng phát biểu kết luận hội nghị').map((m) => m.value)).toEqual([
      { name: 'Nguyễn Mạnh Dũng', positions: ['Quyền Bí thư Tỉnh ủy'] },
    ]);
    const list = recogniseMentions('Dự có các đồng chí: Hầu Minh Lợi, Ủy viên BTV Tỉnh ủy, Bí thư Thành ủy Hà Giang; lãnh đạo các Ban xây dựng Đảng Tỉnh ủy.');
    expect(list.map((m) => m.value.name)).toEqual(['Hầu Minh Lợi']);
    expect(recogniseMentions('… Tám lời Bác căn dặn Đảng bộ và nhân dân các dân tộc Hà Giang.')).toEqual([]);
  });

  test('"Trung Tướng" is written "Trung tướng", and the draft says it rewrote it', () => {
    const [m] = recogniseMentions('Trung Tướng Nguyễn Văn A, Tư lệnh Quân khu 2 phát biểu tại hội nghị.');
    expect(m!.value).toEqual({ name: 'Nguyễn Văn A', rank: 'Trung tướng', positions: ['Tư lệnh Quân khu 2'] });
    expect(m!.inferred).toContain('Trung Tướng');
  });

  test('"ông", "đồng chí": positions end at the verb', () => {
    expect(recogniseMentions('Ông Tống Thanh Hải, Phó Chủ tịch Thường trực UBND tỉnh yêu cầu các cơ quan …').map((m) => m.value)).toEqual([
      { name: 'Tống Thanh Hải', positions: ['Phó Chủ tịch Thường trực UBND tỉnh'] },
    ]);
    expect(recogniseMentions('Phát biểu tại hội nghị, đồng chí Trần Quốc Cường đề nghị …').map((m) => m.value)).toEqual([{ name: 'Trần Quốc Cường', positions: [] }]);
  });

  test('mentions of one person gather into one entry; an id from the name', () => {
    const people = gatherPeople([
      ...recogniseMentions('Thiếu tướng Nguyễn Đăng Khải, Phó Tư lệnh, Tham mưu trưởng Quân khu II đề nghị …'),
      ...recogniseMentions('Thiếu tướng Nguyễn Đăng Khải, Phó Tư lệnh, Tham mưu Trưởng Quân khu II phát biểu tại hội nghị'),
    ]);
    expect(people.map((p) => p.value)).toEqual([{ name: 'Nguyễn Đăng Khải', rank: 'Thiếu tướng', positions: ['Phó Tư lệnh', 'Tham mưu trưởng Quân khu II'] }]);
    expect(personId('Khổng Đình Tám')).toBe('khong-dinh-tam');
  });
});

describe('attendees and chairs', () => {
  test('people and groups from one list', () => {
    const a = recogniseAttendees('Dự có các đồng chí: Lại Tiến Giang, Ủy viên BTV Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh; lãnh đạo các Ban xây dựng Đảng Tỉnh ủy; Bí thư các Huyện, Thành ủy.')!;
    expect(a.people.map((p) => p.value.name)).toEqual(['Lại Tiến Giang']);
    expect(a.groups.map((g) => g.value)).toEqual(['lãnh đạo các Ban xây dựng Đảng Tỉnh ủy', 'Bí thư các Huyện, Thành ủy']);
  });

  test('a count', () => {
    expect(recogniseAttendees('Hội nghị có 120 đại biểu tham dự.')?.count?.value).toBe(120);
  });

  test('chair and co-chairs', () => {
    expect(recogniseChairs('Đồng chí Nguyễn Mạnh Dũng, Quyền Bí thư Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh chủ trì hội nghị.').map((m) => m.value.name)).toEqual(['Nguyễn Mạnh Dũng']);
    expect(recogniseChairs('Đại tá Nguyễn Văn A, Chỉ huy trưởng Bộ CHQS tỉnh và Đại tá Trần Văn B, Giám đốc Công an tỉnh đồng chủ trì hội nghị.').map((m) => m.value.name)).toEqual(['Nguyễn Văn A', 'Trần Văn B']);
    expect(recogniseChairs('Hội nghị đã thảo luận.')).toEqual([]);
  });
});

describe('speeches', () => {
  test('a named speaker: one point a ";" clause, first letter up, one full stop', () => {
    const s = 'Phát biểu tại hội nghị, đồng chí Trần Quốc Cường đề nghị Đảng uỷ, Bộ CHQS tỉnh lãnh đạo tốt; chú trọng rà soát quy hoạch; thực hiện tốt công tác đối ngoại.';
    expect(recogniseSpeech(s, recogniseMentions(s))).toEqual({
      speaker: 'Trần Quốc Cường',
      role: 'phát biểu',
      conclusion: false,
      points: ['Đề nghị Đảng uỷ, Bộ CHQS tỉnh lãnh đạo tốt.', 'Chú trọng rà soát quy hoạch.', 'Thực hiện tốt công tác đối ngoại.'],
    });
  });

  test('a title for a person named earlier; "đề nghị:" only introduces; "kết luận" marks the conclusion', () => {
    expect(recogniseSpeech('Quyền Bí thư Tỉnh ủy nhấn mạnh: Trong thời gian tới, cần làm tốt.', [])).toMatchObject({ byTitle: 'Quyền Bí thư Tỉnh ủy', points: ['Trong thời gian tới, cần làm tốt.'] });
    const s = '… phát biểu kết luận hội nghị, Quyền Bí thư Tỉnh ủy Nguyễn Mạnh Dũng đề nghị: Các cấp ủy cần nhận thức đúng đắn.';
    expect(recogniseSpeech(s, recogniseMentions(s))).toMatchObject({ speaker: 'Nguyễn Mạnh Dũng', conclusion: true, points: ['Các cấp ủy cần nhận thức đúng đắn.'] });
    expect(recogniseSpeech('Hội nghị thống nhất đánh giá: tốt.', [])).toBeUndefined();
  });

  test('connectors are the article\'s, not the point\'s', () => {
    expect(splitPoints('Đồng thời nhấn mạnh 7 nhiệm vụ: Đẩy mạnh tuyên truyền; củng cố quan hệ.')).toEqual(['Nhấn mạnh 7 nhiệm vụ.', 'Đẩy mạnh tuyên truyền.', 'Củng cố quan hệ.']);
    expect(splitPoints('đánh giá cao kết quả thời gian qua, đồng thời đề nghị tiếp tục phối hợp.')).toEqual(['Đánh giá cao kết quả thời gian qua.', 'Đề nghị tiếp tục phối hợp.']);
  });
});

describe('commendations and figures', () => {
  test('issuer, counts, reason; a person handing over is the presenter; one entry a form', () => {
    const body = recogniseCommendation('Dịp này, Bộ Chỉ huy Quân sự tỉnh Lai Châu tặng Giấy khen cho 7 tập thể, 15 cá nhân có thành tích xuất sắc trong thực hiện Nghị định số 21/2019/NĐ-CP của Chính phủ về khu vực phòng thủ./.')!;
    expect(body.value).toEqual({ form: 'Giấy khen', issuer: 'Bộ Chỉ huy Quân sự tỉnh Lai Châu', collectives: 7, individuals: 15, reason: 'có thành tích xuất sắc trong thực hiện Nghị định số 21/2019/NĐ-CP của Chính phủ về khu vực phòng thủ' });
    const caption = recogniseCommendation('Đại tá Thào A Pinh, Chính ủy Bộ Chỉ huy Quân sự tỉnh tặng Giấy khen cho các tập thể')!;
    expect(caption.value).toEqual({ form: 'Giấy khen', presenter: 'Thào A Pinh' });
    expect(mergeCommendations([caption, body]).map((c) => c.value)).toEqual([{ ...body.value, presenter: 'Thào A Pinh' }]);
    const lower = recogniseCommendation('Đại tá Khổng Đình Tám, Chính ủy Bộ CHQS tỉnh trao giấy khen cho tập thể và cá nhân có thành tích thực hiện Nghị quyết.')!;
    expect(lower.value.form).toBe('Giấy khen');
    expect(lower.inferred).toContain('giấy khen');
  });

  test('qualifier, value, unit and label; Vietnamese number marks', () => {
    expect(recogniseFigures('… bảo đảm cho xây dựng công trình trong khu vực phòng thủ với tổng kinh phí gần 212 tỷ đồng.').map((f) => f.value)).toEqual([{ label: 'Tổng kinh phí', value: 212, unit: 'tỷ đồng', qualifier: 'gần' }]);
    expect(recogniseFigures('Tỷ lệ thanh niên nhập ngũ đạt 100%.').map((f) => f.value)).toEqual([{ label: 'Tỷ lệ thanh niên nhập ngũ', value: 100, unit: '%' }]);
    expect(recogniseFigures('Xây dựng 1.250 ha rừng phòng hộ với tổng vốn hơn 2,5 tỷ đồng.').map((f) => [f.value.value, f.value.unit, f.value.qualifier])).toEqual([
      [1250, 'ha', undefined],
      [2.5, 'tỷ đồng', 'hơn'],
    ]);
  });
});

describe('abbreviations', () => {
  test('an inline definition: the words whose initials spell it', () => {
    expect(recogniseAbbreviations('xây dựng, hoạt động khu vực phòng thủ (KVPT) và công tác xây dựng Đảng.').map((c) => c.value)).toEqual([['KVPT', 'khu vực phòng thủ']]);
    expect(recogniseAbbreviations('lãnh đạo công tác quân sự, quốc phòng địa phương (QSQPĐP) và chính sách').map((c) => c.value)).toEqual([['QSQPĐP', 'quân sự, quốc phòng địa phương']]);
    expect(recogniseAbbreviations('ảnh (TTXVN phát), hội nghị (ABC)')).toEqual([]);
  });
});

describe('article', () => {
  test('sentences end before a capital; dots inside numbers and abbreviations do not', () => {
    expect(splitSentences('Sáng 24.8, hội nghị họp. Nghị quyết T.Ư 8, khóa XI được quán triệt. Xong.')).toEqual(['Sáng 24.8, hội nghị họp.', 'Nghị quyết T.Ư 8, khóa XI được quán triệt.', 'Xong.']);
  });

  test('page furniture, doubled captions, the headline, the credit and what follows it', () => {
    const a = readArticle(
      'A- A A+ | Chia sẻ bài viết\n\nTiêu đề bài\n\nQK2 – Sáng 22-8, hội nghị họp. Hội nghị kết thúc.\n\nẢnh chú thích người\nẢnh chú thích người\n\nĐoạn hai.\n\nTin, ảnh: ĐỨC HẠNH\n\nNguồn: Báo Quân khu\nHôm nay : 2.447\n',
    );
    expect(a.headline).toBe('Tiêu đề bài');
    expect(a.sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Sáng 22-8, hội nghị họp.', 0],
      ['Hội nghị kết thúc.', 0],
      ['Đoạn hai.', 1],
    ]);
    expect(a.captions).toEqual(['Ảnh chú thích người']);
    expect(a.credit).toBe('Tin, ảnh: ĐỨC HẠNH');
    expect(a.publication).toBe('Báo Quân khu');
    expect(a.tag).toBe('QK2');
    expect(recogniseCredit('Bài và ảnh: Nguyễn Văn A')).toBe('Bài và ảnh: Nguyễn Văn A');
    expect(recogniseCredit('Tin khác')).toBeUndefined();
  });
});

describe('the whole article', () => {
  const text = 'Sáng 22-8, Đảng ủy Quân sự tỉnh Điện Biên tổ chức Hội nghị sơ kết 1 năm thực hiện Quy chế phối hợp giữa Đảng ủy Quân sự tỉnh Điện Biên với các huyện ủy. Đồng chí Trần Quốc Cường, Bí thư Đảng ủy Quân sự tỉnh chủ trì hội nghị.\nĐồng chí Trần Quốc Cường đề nghị làm tốt công tác phối hợp.\n';

  test('no year in the text: the date stays "--MM-DD", and says so; --year fills it, and says so', () => {
    const none = recogniseArticle(text);
    expect(none.date?.value).toBe('--08-22');
    expect(none.date?.inferred).toMatch(/không ghi năm/);
    const y = recogniseArticle(text, { year: 2023 });
    expect(y.date?.value).toBe('2023-08-22');
    expect(y.date?.inferred).toMatch(/--year/);
  });

  test('a year printed with the article on the same day is used, and marked', () => {
    const r = recogniseArticle('Tiêu đề\n\n17:25 - Thứ Sáu, 22/08/2023\n\n' + text);
    expect(r.date?.value).toBe('2023-08-22');
    expect(r.date?.inferred).toMatch(/ngày đăng bài/);
  });
});
