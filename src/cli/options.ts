// Options several commands share, written once so their wording and defaults cannot drift apart.
// Spread into commander: `.option(...LANG_OPTION)`.
export const LANG_OPTION = ['--lang <ngôn-ngữ>', 'ngôn ngữ thông báo: vi (mặc định) hoặc en', 'vi'] as const;
export const NO_COLOR_OPTION = ['--no-color', 'không tô màu (chỉ tô màu khi in ra màn hình)'] as const;
export const TEMPLATES_OPTION = ['-t, --templates <thư-mục...>', 'thư mục mẫu riêng của đơn vị, dùng trước mẫu có sẵn'] as const;
export const JOBS_OPTION = ['-j, --jobs <số>', 'số luồng dựng song song (mặc định: theo số nhân CPU còn rảnh khi có nhiều hồ sơ)'] as const;
export const NO_CACHE_OPTION = ['--no-cache', 'dựng lại mọi hồ sơ, kể cả hồ sơ không thay đổi'] as const;
export const NO_PROGRESS_OPTION = ['--no-progress', 'không hiện thanh tiến độ'] as const;
