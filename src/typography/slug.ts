// ASCII slugs of Vietnamese text, for ids and folder names: "Khổng Đình Tám" → "khong-dinh-tam",
// "Ủy ban nhân dân tỉnh Lai Châu" → "uy-ban-nhan-dan-tinh-lai-chau". One rule for person ids drafted
// by import, record ids taken from file names and the summary's folder names.
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[đĐ]/gu, 'd')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
