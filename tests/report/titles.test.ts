// Title vectors of the phrase grammar (templates/phrases.json + src/compose/phrases.ts): where a
// period stands, how a subject is cited from the parts a record has, how a combined conference's
// clauses join. Each expected title is written out as an office would write it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPhrases, reportTitle, resultsHeading, type Phrases } from '../../src/compose/phrases.js';
import type { ProfileId } from '../../src/layout/profiles.js';
import type { ConferenceRecord, Subject } from '../../src/record/types.generated.js';

const PHRASES = checkPhrases(JSON.parse(readFileSync('templates/phrases.json', 'utf8'))).phrases!;

const QC = { type: 'quy chế', title: 'phối hợp giữa Đảng ủy Quân sự tỉnh với các Huyện ủy, Thành ủy' };
const QC_TEXT = 'Quy chế phối hợp giữa Đảng ủy Quân sự tỉnh với các Huyện ủy, Thành ủy';
const NQ8 = { type: 'nghị quyết', name: 'Nghị quyết Trung ương 8 (khóa XI)', title: 'về Chiến lược bảo vệ Tổ quốc trong tình hình mới' };
const NQ28 = {
  type: 'nghị quyết',
  number: '28-NQ/TW',
  date: '2013-10-25',
  issuer: 'Hội nghị Trung ương 8 (khóa XI)',
  title: 'về Chiến lược bảo vệ Tổ quốc trong tình hình mới',
};
const ND21 = { type: 'nghị định', number: '21/2019/NĐ-CP', issuer: 'Chính phủ', title: 'về khu vực phòng thủ' };
const ND21_TEXT = 'Nghị định số 21/2019/NĐ-CP của Chính phủ về khu vực phòng thủ';

function record(kind: ConferenceRecord['kind'], subjects: Subject[], extra: Partial<ConferenceRecord> = {}): ConferenceRecord {
  return {
    kind,
    subjects: subjects as ConferenceRecord['subjects'],
    place: 'Điện Biên',
    organizers: [{ name: 'Đảng ủy Quân sự tỉnh', code: 'ĐUQS', system: 'đảng' }],
    documents: [{ kind: 'bao-cao', signers: [{ position: 'Bí thư' }] }],
    ...extra,
  } as ConferenceRecord;
}

type Vector = [string, ConferenceRecord, string, ProfileId?, Phrases?];

const withComma: Phrases = { ...PHRASES, citation: { dateComma: { ...PHRASES.citation.dateComma, hd36: true } } };

const VECTORS: Vector[] = [
  ['duration before the verb', record('sơ kết', [{ ...QC, period: { label: '1 năm' } }]), `sơ kết 1 năm thực hiện ${QC_TEXT}`],
  ['duration in words', record('sơ kết', [{ ...QC, period: { label: 'một năm' } }]), `sơ kết một năm thực hiện ${QC_TEXT}`],
  ['duration in months', record('sơ kết', [{ ...QC, period: { label: '6 tháng' } }]), `sơ kết 6 tháng thực hiện ${QC_TEXT}`],
  ['span after the subject', record('tổng kết', [{ ...QC, period: { label: 'giai đoạn 2016 - 2021' } }]), `tổng kết thực hiện ${QC_TEXT} giai đoạn 2016 - 2021`],
  ['term after the subject', record('sơ kết', [{ ...QC, period: { label: 'nhiệm kỳ 2020 - 2025' } }]), `sơ kết thực hiện ${QC_TEXT} nhiệm kỳ 2020 - 2025`],
  ['mid-term split around the subject', record('sơ kết', [{ ...QC, period: { label: 'giữa nhiệm kỳ 2020 - 2025' } }]), `sơ kết giữa nhiệm kỳ thực hiện ${QC_TEXT} nhiệm kỳ 2020 - 2025`],
  ['a year after the subject', record('tổng kết', [{ ...QC, period: { label: 'năm 2023' } }]), `tổng kết thực hiện ${QC_TEXT} năm 2023`],
  ['duration with the span in brackets', record('tổng kết', [{ ...ND21, period: { label: '5 năm (2019 - 2024)' } }]), `tổng kết 5 năm thực hiện ${ND21_TEXT} (2019 - 2024)`],
  ['duration then span', record('tổng kết', [{ ...ND21, period: { label: '5 năm giai đoạn 2019 - 2024' } }]), `tổng kết 5 năm thực hiện ${ND21_TEXT} giai đoạn 2019 - 2024`],
  ['half-year before the verb', record('sơ kết', [{ type: 'nghị quyết', number: '57-NQ/TW', issuer: 'Bộ Chính trị', period: { label: '6 tháng đầu năm 2025' } }]), 'sơ kết 6 tháng đầu năm 2025 thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị'],
  ['no period', record('tổng kết', [{ type: 'chỉ thị', number: '05-CT/TW', date: '2016-05-15', issuer: 'Bộ Chính trị' }]), 'tổng kết thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị'],
  ['named resolution with its trích yếu', record('tổng kết', [{ ...NQ8, period: { label: '10 năm' } }]), 'tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 (khóa XI) về Chiến lược bảo vệ Tổ quốc trong tình hình mới'],
  ['full citation, state style', record('tổng kết', [{ ...NQ28, period: { label: '10 năm' } }]), 'tổng kết 10 năm thực hiện Nghị quyết số 28-NQ/TW ngày 25/10/2013 của Hội nghị Trung ương 8 (khóa XI) về Chiến lược bảo vệ Tổ quốc trong tình hình mới', 'nd30'],
  ['full citation, Party style of HD 36 (no comma)', record('tổng kết', [{ ...NQ28, period: { label: '10 năm' } }]), 'tổng kết 10 năm thực hiện Nghị quyết số 28-NQ/TW ngày 25/10/2013 của Hội nghị Trung ương 8 (khóa XI) về Chiến lược bảo vệ Tổ quốc trong tình hình mới', 'hd36'],
  ['full citation with a comma before the date when the phrases ask', record('tổng kết', [{ ...NQ28, period: { label: '10 năm' } }]), 'tổng kết 10 năm thực hiện Nghị quyết số 28-NQ/TW, ngày 25/10/2013 của Hội nghị Trung ương 8 (khóa XI) về Chiến lược bảo vệ Tổ quốc trong tình hình mới', 'hd36', withComma],
  ['number preferred to the name when both are given', record('tổng kết', [{ ...NQ28, name: 'Nghị quyết Trung ương 8 (khóa XI)', period: { label: '10 năm' } }]), 'tổng kết 10 năm thực hiện Nghị quyết số 28-NQ/TW ngày 25/10/2013 của Hội nghị Trung ương 8 (khóa XI) về Chiến lược bảo vệ Tổ quốc trong tình hình mới'],
  ['decree, 5 years', record('tổng kết', [{ ...ND21, period: { label: '5 năm' } }]), `tổng kết 5 năm thực hiện ${ND21_TEXT}`],
  ['project with number, date and issuer', record('sơ kết', [{ type: 'đề án', number: '04-ĐA/TU', date: '2021-01-29', issuer: 'Tỉnh ủy', title: 'về phát triển kinh tế', period: { label: '1 năm' } }]), 'sơ kết 1 năm thực hiện Đề án số 04-ĐA/TU ngày 29/01/2021 của Tỉnh ủy về phát triển kinh tế'],
  ['congress resolution, mid-term', record('sơ kết', [{ type: 'nghị quyết', name: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV', period: { label: 'giữa nhiệm kỳ 2020 - 2025' } }]), 'sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV nhiệm kỳ 2020 - 2025'],
  ['"công tác" takes no verb and its period follows', record('tổng kết', [{ type: 'công tác', title: 'quân sự, quốc phòng địa phương', period: { label: 'năm 2025' } }]), 'tổng kết công tác quân sự, quốc phòng địa phương năm 2025'],
  ['"công tác" over a half-year', record('sơ kết', [{ type: 'công tác', title: 'dân vận', period: { label: '6 tháng đầu năm 2024' } }]), 'sơ kết công tác dân vận 6 tháng đầu năm 2024'],
  ['with the next period', record('tổng kết', [{ type: 'công tác', title: 'quân sự, quốc phòng địa phương', period: { label: 'năm 2025' } }], { nextPeriod: 'năm 2026' }), 'tổng kết công tác quân sự, quốc phòng địa phương năm 2025 và phương hướng, nhiệm vụ năm 2026'],
  ['a period the subject already names is said once', record('tổng kết', [{ type: 'nhiệm vụ', title: 'năm 2010', period: { label: 'năm 2010' } }]), 'tổng kết thực hiện nhiệm vụ năm 2010'],
  ['common nouns stay lower case: nhiệm vụ', record('tổng kết', [{ type: 'nhiệm vụ', title: 'quốc phòng, quân sự địa phương', period: { label: 'năm 2023' } }]), 'tổng kết thực hiện nhiệm vụ quốc phòng, quân sự địa phương năm 2023'],
  ['common nouns stay lower case: chủ trương', record('sơ kết', [{ type: 'chủ trương', title: 'sắp xếp đơn vị hành chính cấp xã', period: { label: '3 năm' } }]), 'sơ kết 3 năm thực hiện chủ trương sắp xếp đơn vị hành chính cấp xã'],
  ['common nouns stay lower case: phong trào', record('sơ kết', [{ type: 'phong trào', title: '“Quân đội chung sức xây dựng nông thôn mới”', period: { label: '2 năm' } }]), 'sơ kết 2 năm thực hiện phong trào “Quân đội chung sức xây dựng nông thôn mới”'],
  ['Party committee session: results and direction', record('hội nghị cấp ủy', [{ type: 'nhiệm vụ', title: 'năm 2023' }], { nextPeriod: 'năm 2024' }), 'kết quả thực hiện nhiệm vụ năm 2023 và phương hướng, nhiệm vụ năm 2024'],
  ['Party committee session over a named task', record('hội nghị cấp ủy', [{ type: 'nhiệm vụ', title: 'quân sự, quốc phòng', period: { label: 'năm 2023' } }]), 'kết quả thực hiện nhiệm vụ quân sự, quốc phòng năm 2023'],
  ['signing', record('ký kết', [{ type: 'quy chế', title: 'phối hợp giữa Bộ Chỉ huy Quân sự tỉnh với Công an tỉnh' }]), 'kết quả hội nghị ký kết Quy chế phối hợp giữa Bộ Chỉ huy Quân sự tỉnh với Công an tỉnh'],
  ['signing a programme for a span', record('ký kết', [{ type: 'chương trình', title: 'phối hợp công tác', period: { label: 'giai đoạn 2022 - 2025' } }]), 'kết quả hội nghị ký kết Chương trình phối hợp công tác giai đoạn 2022 - 2025'],
  ['combined: tổng kết one, sơ kết another', record('tổng kết', [{ ...NQ8, period: { label: '10 năm' } }, { ...ND21, review: 'sơ kết', period: { label: '3 năm' } }]), `tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 (khóa XI) về Chiến lược bảo vệ Tổ quốc trong tình hình mới và sơ kết 3 năm thực hiện ${ND21_TEXT}`],
  ['combined: three subjects', record('tổng kết', [{ ...QC, period: { label: 'giai đoạn 2016 - 2021' } }, { ...ND21, period: { label: '5 năm' } }, { type: 'công tác', title: 'dân vận', review: 'sơ kết', period: { label: 'năm 2021' } }]), `tổng kết thực hiện ${QC_TEXT} giai đoạn 2016 - 2021, tổng kết 5 năm thực hiện ${ND21_TEXT} và sơ kết công tác dân vận năm 2021`],
  ['combined: a review and a signing', record('tổng kết', [{ ...QC, period: { label: 'giai đoạn 2016 - 2021' } }, { ...QC, review: 'ký kết', period: { label: 'giai đoạn 2022 - 2025' } }]), `tổng kết thực hiện ${QC_TEXT} giai đoạn 2016 - 2021 và ký kết ${QC_TEXT} giai đoạn 2022 - 2025`],
];

describe('report titles', () => {
  it('has at least 30 vectors', () => expect(VECTORS.length).toBeGreaterThanOrEqual(30));
  it.each(VECTORS)('%s', (_name, rec, expected, profile = 'hd36', phrases = PHRASES) => {
    expect(reportTitle(rec, phrases, profile)).toBe(expected);
  });
});

describe('results headings', () => {
  it.each([
    [record('sơ kết', [{ ...QC, period: { label: '1 năm' } }]), 'Kết quả 1 năm thực hiện Quy chế'],
    [record('tổng kết', [{ ...QC, period: { label: 'giai đoạn 2016 - 2021' } }]), 'Kết quả thực hiện Quy chế giai đoạn 2016 - 2021'],
    [record('tổng kết', [{ ...NQ8, period: { label: '10 năm' } }]), 'Kết quả 10 năm thực hiện Nghị quyết Trung ương 8 (khóa XI)'],
    [record('tổng kết', [{ type: 'công tác', title: 'dân vận', period: { label: 'năm 2023' } }]), 'Kết quả công tác dân vận năm 2023'],
    [record('ký kết', [QC]), 'Kết quả hội nghị'],
    [record('tổng kết', [NQ8, ND21]), 'Kết quả thực hiện'],
  ])('%#: %s', (rec, expected) => expect(resultsHeading(rec, PHRASES)).toBe(expected));
});
