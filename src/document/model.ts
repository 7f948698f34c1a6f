// The one document model (after pandoc's Definition.hs): templates produce it, renderers consume
// it, and neither knows the other. Plain data only — no functions, no output-format detail — so a
// model can be dumped as JSON (with MODEL_VERSION) for goldens and `--dump-model`.
import type { ProfileId } from '../layout/profiles.js';

export const MODEL_VERSION = 2;

/** Inline content of a paragraph, heading or table cell. */
export type Inline =
  /** A run of text; bold/italic come from the template's <strong>/<em>. */
  | { readonly kind: 'text'; readonly text: string; readonly bold?: boolean; readonly italic?: boolean }
  /** A line break inside the same paragraph (<br>). */
  | { readonly kind: 'break' };

export type HeadingLevel = 1 | 2 | 3 | 4;

export type Block =
  /**
   * A heading of the report scheme. `label` is the number the profile's heading scheme assigned
   * ("Phần thứ nhất", "I.", "1.", "a)"); the renderer prints label and content as the profile says.
   */
  | { readonly kind: 'heading'; readonly level: HeadingLevel; readonly label?: string; readonly content: readonly Inline[] }
  /** A body paragraph: justified, first-line indent. */
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  /** A list; unordered items are written with the official "- " lead, ordered ones "1.", "2."… */
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] }
  /** A table; `widths` are relative column weights (renderers set absolute widths from them). */
  | {
      readonly kind: 'table';
      readonly header?: readonly (readonly Inline[])[];
      readonly rows: readonly (readonly (readonly Inline[])[])[];
      readonly widths?: readonly number[];
    }
  /**
   * A chart of one series drawn from the data it shows (conferences per month, commendations per
   * organiser): `column` bars stand up from the categories, `bar` bars lie along them. Each renderer
   * draws it in its own vector form (a native DOCX chart, pdfmake canvas), labels and values as text.
   */
  | {
      readonly kind: 'chart';
      readonly chart: 'column' | 'bar';
      readonly title: string;
      /** What the categories and the values are ("Tháng", "Số hội nghị"), for the axes and the data sheet. */
      readonly categoryLabel: string;
      readonly valueLabel: string;
      readonly categories: readonly string[];
      readonly values: readonly number[];
    };

/** The signature block (ô 7a/7b/7c), already in the profile's form. */
export interface Signature {
  /** Authority line, e.g. "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"; absent when the head signs. */
  readonly authority?: string;
  /** Title line, upper case: "PHÓ CHỦ TỊCH", "BÍ THƯ". */
  readonly position: string;
  /** Name line, with the rank before it where the profile allows ("Đại tá Khổng Đình Tám"); empty when not yet known. */
  readonly name: string;
}

/** One issuing body of ô 2: its direct superior (upper case, absent when none) and its own name. */
export interface Issuer {
  readonly parent?: string;
  readonly name: string;
}

/**
 * The fixed parts of an official document, each already worded and cased; how each looks
 * (size, weight, rules under it) is the layout profile's business.
 */
export interface Frame {
  /**
   * A news piece (tin bài) has no official frame: only its headline (in `docType`) stands above the
   * body, with no header table and no signature table. Absent for every official document.
   */
  readonly layout?: 'article';
  /** ô 1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" + "Độc lập - Tự do - Hạnh phúc" (nd30) or "ĐẢNG CỘNG SẢN VIỆT NAM" (hd36). */
  readonly heading: readonly string[];
  /** ô 2: the issuing bodies, upper case, the lead body first (a joint document has several). */
  readonly issuers: readonly Issuer[];
  /** ô 3: "Số: 05/BC-UBND", "Số 125-BC/ĐU", or with blanks for a draft. */
  readonly number: string;
  /** ô 4: "Điện Biên, ngày 22 tháng 8 năm 2023"; blanks where the record gives no day. */
  readonly dateLine?: string;
  /** ô 5a: "BÁO CÁO". */
  readonly docType: string;
  /** ô 5a: trích yếu, may hold several lines. */
  readonly summary: readonly string[];
  /** ô 9a: addressees after "Kính gửi:". */
  readonly to?: readonly string[];
  /** ô 7: one signature block per issuer, the lead body's first (the profile says where each stands). */
  readonly signatures: readonly Signature[];
  /** ô 9b: recipient lines without the lead dash or the line-end punctuation; the last is the archive line. */
  readonly recipients: readonly string[];
}

export interface DocumentMeta {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  /** ISO 8601 instant the files are stamped with (from the record, never the clock). */
  readonly created: string;
  readonly language: 'vi-VN';
  readonly keywords?: readonly string[];
}

export interface DocumentModel {
  readonly modelVersion: typeof MODEL_VERSION;
  readonly profile: ProfileId;
  readonly meta: DocumentMeta;
  readonly frame: Frame;
  readonly body: readonly Block[];
}
