// The frame of each document kind a conference issues, as data per profile: which trích yếu form,
// whether the header carries the place-and-date line, who signs, which formats it comes in. Adding a
// kind is a template (templates/<kind>.hbs) and an entry here, not a new code path. Sources:
// ../shared/spec/official-format.md §2.8 (ND30 Mẫu 1.4, 1.7, 1.9) and §6, title-and-header-forms.md §1;
// what they leave open is marked UNCONFIRMED and kept a setting here.
import type { DocumentKind, LayoutProfile, ProfileId } from './profiles.js';

/** Who signs: the record's signers (ô 7 as written in `documents[].signers`), or the minutes' pair. */
export type Signing =
  | { readonly kind: 'signers' }
  /** Biên bản: the secretary and the chair sign side by side, each under their role's title. */
  | { readonly kind: 'minutes'; readonly secretary: string; readonly chair: string }
  /** A news piece: no signature block; the credit line ends the body. */
  | { readonly kind: 'none' };

export interface DocumentForm {
  /** The short name `baocao report --docs` takes: bc, bcn, tb, bb, gm, ctr, tin. */
  readonly code: string;
  /** An official document (header, number, title, signature, Nơi nhận) or a news article (headline and body only). */
  readonly layout: 'official' | 'article';
  /**
   * Trích yếu, before the profile's initial case is applied. {title}: the conference's title
   * ("sơ kết 1 năm thực hiện Quy chế …"); {concluder}: who concluded, as the profile names them.
   */
  readonly summary: string;
  /** Tên loại when the profile's shared name does not fit this kind (Party: THÔNG BÁO KẾT LUẬN). */
  readonly docType?: string;
  /** ô 4 place-and-date line in the header (ND30 Mẫu 1.9: a biên bản has none). */
  readonly dateLine: boolean;
  readonly signing: Signing;
  /** How the concluding person is named in the trích yếu: position then name (state), "đồng chí" + position (Party). */
  readonly concluder?: 'position-name' | 'comrade-position';
  /** Files besides DOCX and PDF: a news piece also goes to a web page and to Markdown. */
  readonly extraFormats: readonly ('md' | 'web')[];
  /** The profile's body end ("./.") closes the body; a news piece has none. */
  readonly bodyEnd: boolean;
}

export type DocumentForms = Readonly<Record<DocumentKind, DocumentForm>>;

const official = { layout: 'official', dateLine: true, signing: { kind: 'signers' }, extraFormats: [], bodyEnd: true } as const;

const shared = {
  'bao-cao': { ...official, code: 'bc', summary: '{report}' },
  // A quick report to the superior on how the conference went (practice; no ND30/HD 36 form: UNCONFIRMED).
  'bao-cao-nhanh': { ...official, code: 'bcn', summary: 'kết quả Hội nghị {title}' },
  // ND30 Mẫu 1.7 gives the trích yếu as the meeting's subject; "Dự Hội nghị …" is practice (UNCONFIRMED).
  'giay-moi': { ...official, code: 'gm', summary: 'dự Hội nghị {title}' },
  // The programme ends with its table, so no "./." is hung on the paragraph above it.
  'chuong-trinh': { ...official, code: 'ctr', summary: 'Hội nghị {title}', bodyEnd: false },
  'tin-bai': {
    code: 'tin',
    layout: 'article',
    summary: '',
    dateLine: false,
    signing: { kind: 'none' },
    extraFormats: ['md', 'web'],
    bodyEnd: false,
  },
} as const satisfies Partial<Record<DocumentKind, DocumentForm>>;

const nd30Forms: DocumentForms = {
  ...shared,
  // title-and-header-forms §1.2, state conclusion notices: THÔNG BÁO / Kết luận của <chức vụ> <Họ tên> tại …
  'thong-bao-ket-luan': { ...official, code: 'tb', summary: 'kết luận của {concluder} tại Hội nghị {title}', concluder: 'position-name' },
  // ND30 Mẫu 1.9: no place-and-date line; THƯ KÝ on the left, CHỦ TỌA on the right.
  'bien-ban': { ...official, code: 'bb', summary: 'Hội nghị {title}', dateLine: false, signing: { kind: 'minutes', secretary: 'THƯ KÝ', chair: 'CHỦ TỌA' } },
};

const hd36Forms: DocumentForms = {
  ...shared,
  // §1.2, Party conclusion notices: THÔNG BÁO KẾT LUẬN / của đồng chí <chức danh> tại Hội nghị …
  'thong-bao-ket-luan': {
    ...official,
    code: 'tb',
    docType: 'THÔNG BÁO KẾT LUẬN',
    summary: 'của {concluder} tại Hội nghị {title}',
    concluder: 'comrade-position',
  },
  // Party practice (spec §6.3, UNCONFIRMED): NGƯỜI GHI BIÊN BẢN left, CHỦ TRÌ HỘI NGHỊ right; no date
  // line in the header, as ND30's form (UNCONFIRMED for HD 36).
  'bien-ban': {
    ...official,
    code: 'bb',
    summary: 'Hội nghị {title}',
    dateLine: false,
    signing: { kind: 'minutes', secretary: 'NGƯỜI GHI BIÊN BẢN', chair: 'CHỦ TRÌ HỘI NGHỊ' },
  },
};

const FORMS: Partial<Record<ProfileId, DocumentForms>> = { nd30: nd30Forms, hd36: hd36Forms };

/** The forms of a profile; a Party profile without its own list (a later guide) keeps HD 36's. */
export function documentForms(profile: Pick<LayoutProfile, 'id'>): DocumentForms {
  return FORMS[profile.id] ?? hd36Forms;
}

/** Kinds in the order a conference issues them (before, at, after), with their --docs codes. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['giay-moi', 'chuong-trinh', 'bien-ban', 'bao-cao', 'thong-bao-ket-luan', 'bao-cao-nhanh', 'tin-bai'];

/** --docs code → kind; the codes are the same in every profile. */
export const KIND_BY_CODE: ReadonlyMap<string, DocumentKind> = new Map(DOCUMENT_KINDS.map((k) => [nd30Forms[k].code, k]));
