// A year's zip, the same bytes on every machine: entries in code-unit order of their names, one
// timestamp for all, one compression level, no extra fields, MS-DOS as the origin system (no Unix
// modes that differ with the umask).
import { zipSync, type Zippable } from 'fflate';
import { byCodeUnit, isYear } from './layout.js';

/**
 * Stored, not deflated: PDF streams and DOCX packages are compressed already, so deflating them
 * again saved little and cost most of the zip's time.
 */
const LEVEL = 0;

/**
 * The year's last day, as documents of that year are dated no later (a summary's file date is the
 * end of its period too); a folder of undated records takes 1980-01-01, the first day a zip can
 * hold. Built from local-time fields because that is what fflate writes into the DOS fields, so
 * the entry reads the same date in any time zone.
 */
export function zipTime(year: string): Date {
  return isYear(year) && Number(year) >= 1980 ? new Date(Number(year), 11, 31, 0, 0, 0) : new Date(1980, 0, 1, 0, 0, 0);
}

export function zipFiles(entries: readonly { readonly name: string; readonly data: Uint8Array }[], year: string): Uint8Array {
  const mtime = zipTime(year);
  const sorted = [...entries].sort((a, b) => byCodeUnit(a.name, b.name));
  // fflate keeps insertion order of the object it is given, and nested objects would add folder entries.
  const zippable: Zippable = {};
  for (const e of sorted) zippable[e.name] = [e.data, { level: LEVEL, mtime, os: 0, attrs: 0 }];
  return zipSync(zippable, { level: LEVEL, mtime, os: 0, attrs: 0 });
}
