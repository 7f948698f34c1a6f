// Where everything sits in an archive folder, in one place: archive/<year>/<record-id>/<kind>.{pdf,docx}
// with the record's YAML beside them, archive/<year>/ for the year's summary and danh mục,
// archive/<year>.zip, archive/manifest.json. Paths inside the archive are always POSIX and relative,
// so a manifest written on one machine reads the same on another.
import { relative, sep } from 'node:path';
import { parseIsoDate } from '../typography/index.js';
import { CACHE_DIR } from '../pipeline/cache.js';
import { LOCK_NAME, TEMP_NAME } from '../pipeline/out-folder.js';

export const MANIFEST_NAME = 'manifest.json';
/** The danh mục văn bản of a year (written from the interface of src/archive/index-document.ts). */
export const INDEX_BASENAME = 'danh-muc-van-ban';
/** The year's báo cáo tổng hợp, under the name `baocao summary` gives it. */
export const SUMMARY_NAME = 'bao-cao-tong-hop';
/** Records whose date has no year ("--02-20", or none): kept, under a folder that says so. */
export const UNKNOWN_YEAR = 'khong-ro-nam';
/** Year-level build keys (summary, danh mục, zip): a working file, never part of the archive. */
export const YEARS_CACHE = '.baocao-archive.json';
/** Size and mtime of each record's files at its last listing (src/archive/stamps.ts): a working file too. */
export const RECORDS_CACHE = '.baocao-records.json';
/** Formats of every archived document: the print formats (a tin bài's web page is not a record of the office). */
export const ARCHIVE_FORMATS = ['docx', 'pdf'] as const;

/** The folder of a record's year: "2023" from "2023-08-22", "2023-08" or "2023"; UNKNOWN_YEAR otherwise. */
export function yearFolder(date: unknown): string {
  if (typeof date !== 'string') return UNKNOWN_YEAR;
  try {
    const year = parseIsoDate(date).year;
    return year === undefined ? UNKNOWN_YEAR : String(year).padStart(4, '0');
  } catch {
    return UNKNOWN_YEAR;
  }
}

export const isYear = (folder: string): boolean => /^\d{4}$/.test(folder);

/** archive-relative POSIX path of an absolute or cwd-relative path inside the archive. */
export function archivePath(archiveDir: string, path: string): string {
  return relative(archiveDir, path).split(sep).join('/');
}

/**
 * Files the toolkit keeps in the archive folder for itself (the build cache, the lock, temporary
 * names of an interrupted write, year keys): never listed, zipped or verified, never foreign.
 */
export function isWorkingFile(rel: string): boolean {
  const parts = rel.split('/');
  const name = parts[parts.length - 1]!;
  if (TEMP_NAME.test(name)) return true;
  if (parts.length === 1) return name === LOCK_NAME || name === YEARS_CACHE || name === RECORDS_CACHE || name === CACHE_DIR;
  // out/<year>/.baocao-cache/<id>.json: the batch's cache of each year's folder.
  return parts[0] === CACHE_DIR || (parts.length >= 2 && parts[1] === CACHE_DIR);
}

/** Plain code-unit order: the same on every machine and locale, unlike localeCompare. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  zip: 'application/zip',
  json: 'application/json',
  md: 'text/markdown',
  html: 'text/html',
};

export function mediaType(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return MEDIA_TYPES[ext] ?? 'application/octet-stream';
}
