// The one list of record fields that no document prints as written, each with the reason. Every other
// string a record holds must reach some document built from it (tests/report/fact-coverage.test.ts
// walks every record in data/ against the PDFs' text). A path pattern matches field names exactly,
// `*` matches any one list index or key.
export interface UnprintedField {
  readonly path: string;
  readonly reason: string;
}

export const UNPRINTED: readonly UnprintedField[] = [
  { path: 'id', reason: 'mã hồ sơ, dùng làm tên thư mục trong out/' },
  { path: 'kind', reason: 'loại hội nghị: in qua tên báo cáo (sơ kết, tổng kết…), không in nguyên chữ khóa' },
  { path: 'profile', reason: 'thể thức trình bày, không phải nội dung' },
  { path: 'toneStyle', reason: 'kiểu đặt dấu thanh, không phải nội dung' },
  { path: 'startTime', reason: 'in theo dạng "7 giờ 30 phút", không theo dạng 07:30' },
  { path: 'endTime', reason: 'in theo dạng "11 giờ 15 phút", không theo dạng 11:15' },
  { path: 'programme.*.time', reason: 'in theo dạng "7 giờ 30 phút" trong chương trình và biên bản' },
  { path: 'programme.*.presenter', reason: 'mã người; người trình bày được in bằng họ tên, chức vụ' },
  { path: 'secretary', reason: 'mã người; thư ký được in bằng họ tên, chức vụ ở biên bản' },
  { path: 'date', reason: 'in theo dạng của văn bản (dòng ngày tháng, "ngày 22/8/2023"), không theo dạng ISO' },
  { path: 'subjects.*.review', reason: 'in qua tên báo cáo (sơ kết, tổng kết, ký kết)' },
  { path: 'subjects.*.period.label', reason: 'tách theo ngữ pháp tên báo cáo ("giữa nhiệm kỳ" trước "thực hiện", "nhiệm kỳ 2020 - 2025" sau nội dung); tests/report/titles.test.ts kiểm tra từng dạng' },
  { path: 'subjects.*.date', reason: 'in theo dạng "ngày 25/10/2013" trong trích dẫn' },
  { path: 'organizers.*.code', reason: 'in trong ký hiệu văn bản (-BC/ĐUQS), nối với các ký hiệu khác' },
  { path: 'organizers.*.system', reason: 'hệ thống văn bản, chỉ để chọn thể thức' },
  { path: 'organizers.*.unit', reason: 'in trong dòng "Lưu: VT, …" của thể thức nd30; thể thức của Đảng không in' },
  { path: 'people.*.id', reason: 'mã người, chỉ để nhắc tới người trong hồ sơ' },
  { path: 'chairs.*', reason: 'mã người; người chủ trì được in bằng họ tên, chức vụ' },
  { path: 'attendees.people.*', reason: 'mã người; đại biểu được in bằng họ tên, chức vụ' },
  { path: 'speeches.*.speaker', reason: 'mã người; người phát biểu được in bằng họ tên, chức vụ' },
  { path: 'speeches.*.role', reason: 'in thành động từ (tham luận, phát biểu chỉ đạo)' },
  { path: 'conclusion.by', reason: 'mã người; người kết luận được in bằng họ tên, chức vụ' },
  { path: 'commendations.*.presenter', reason: 'mã người' },
  { path: 'figures.*.qualifier', reason: 'in liền với số ("gần 212 tỷ đồng")' },
  { path: 'abbreviations.*', reason: 'dạng đầy đủ chỉ in ở lần đầu chữ viết tắt xuất hiện trong văn bản; chữ viết tắt không dùng thì không in' },
  { path: 'source.publication', reason: 'tờ báo đã đăng bài nguồn của hồ sơ; tin bài là bài của đơn vị, không ghi "theo báo …"' },
  { path: 'source.published', reason: 'ngày đăng bài; chỉ dùng làm ngày tạo tệp khi hồ sơ không có ngày họp' },
  { path: 'source.url', reason: 'địa chỉ bài báo nguồn' },
  { path: 'documents.*.kind', reason: 'loại văn bản cần dựng' },
  { path: 'documents.*.number', reason: 'in trong số, ký hiệu (Số 05-BC/ĐUQS)' },
  { path: 'documents.*.signers.*.capacity', reason: 'in theo thể thức (TM. / T/M, KT. / K/T)' },
  { path: 'documents.*.signers.*.person', reason: 'mã người; người ký được in bằng họ tên' },
];

function matches(pattern: string, path: readonly (string | number)[]): boolean {
  const parts = pattern.split('.');
  return parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i]));
}

/** The entry that exempts this path, if any. */
export function unprinted(path: readonly (string | number)[]): UnprintedField | undefined {
  return UNPRINTED.find((u) => matches(u.path, path));
}
