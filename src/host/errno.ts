// What a failed file operation means, said to a user: each errno a clerk can meet gets its own
// sentence with the path, in Vietnamese and English, instead of Node's "ENOSPC: no space left…".
import { t, type Text } from '../diagnostics/diagnostic.js';

export function errnoCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Why writing `path` failed. */
export function writeFailureText(err: unknown, path: string): Text {
  switch (errnoCode(err)) {
    case 'ENOSPC':
      return t(`Ổ đĩa đã đầy, không ghi được ${path}`, `The disk is full; cannot write ${path}`);
    case 'EFBIG':
      return t(`Tệp vượt giới hạn kích thước cho phép, không ghi được ${path}`, `File size limit exceeded; cannot write ${path}`);
    case 'EDQUOT':
      return t(`Đã hết hạn mức dung lượng, không ghi được ${path}`, `Disk quota exceeded; cannot write ${path}`);
    case 'EROFS':
      return t(`Ổ đĩa chỉ cho đọc, không ghi được ${path}`, `Read-only file system; cannot write ${path}`);
    case 'EACCES':
    case 'EPERM':
      return t(`Không có quyền ghi vào ${path}`, `No permission to write ${path}`);
    case 'ENOTDIR':
      return t(`Một phần của đường dẫn ${path} là tệp chứ không phải thư mục`, `Part of the path ${path} is a file, not a folder`);
    case 'ENAMETOOLONG':
      return t(`Đường dẫn quá dài: ${path}`, `Path too long: ${path}`);
    case 'EISDIR':
      return t(`${path} là thư mục, không ghi đè được`, `${path} is a folder and cannot be overwritten`);
    default: {
      const reason = err instanceof Error ? err.message : String(err);
      return t(`Không ghi được ${path}: ${reason}`, `Could not write ${path}: ${reason}`);
    }
  }
}
