// Which layout a document follows. A record may name its profile; otherwise the document's date
// decides among the profiles of its system, each of which says from when it is in force
// (LayoutProfile.inForceFrom): a Party document dated before 27/5/2026 keeps HD 36, one dated on or
// after it follows HD 05. Pure: no clock, no record, so `check` and `report` decide alike.
import { t, type Text } from '../diagnostics/diagnostic.js';
import { PROFILES, type DocumentSystem, type LayoutProfile, type ProfileId } from './profiles.js';

export interface ProfileQuery {
  /** The profile the record names, if any: it always wins. */
  readonly named?: ProfileId;
  readonly system: DocumentSystem;
  /** The document's date: "2026-12-05", "2026-05" or "2026" (a partial date spans its month or year). */
  readonly date?: string;
}

/** Why a profile was chosen; `message` is what `check` tells the user. */
export type ChoiceReason =
  | { readonly kind: 'named'; readonly message: Text }
  /** The whole span of the date falls on or after `inForceFrom` of the chosen profile (and before the next). */
  | { readonly kind: 'dated'; readonly message: Text }
  /** A partial date whose span holds a change date: the older profile, until the record gives the day. */
  | { readonly kind: 'straddles-change'; readonly change: string; readonly message: Text }
  /** No date: the newest profile of the system, the rule for a document written now. */
  | { readonly kind: 'undated'; readonly message: Text };

export interface ProfileChoice {
  readonly profile: LayoutProfile;
  readonly reason: ChoiceReason;
}

/** The profiles of a system, oldest rule first. */
export function profilesOf(system: DocumentSystem): LayoutProfile[] {
  return Object.values(PROFILES)
    .filter((p) => p.system === system)
    .sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom));
}

/** First and last day a partial ISO date may stand for: "2026-05" → 2026-05-01 … 2026-05-31. */
export function dateSpan(date: string): { readonly first: string; readonly last: string } {
  const [y, m, d] = date.split('-');
  if (d !== undefined) return { first: date, last: date };
  if (m !== undefined) {
    const lastDay = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** The profile in force on `day` (ISO): the newest that started on or before it, else the oldest. */
function inForceOn(list: readonly LayoutProfile[], day: string): LayoutProfile {
  let chosen = list[0]!;
  for (const p of list) if (p.inForceFrom <= day) chosen = p;
  return chosen;
}

/** An ISO date as messages write it: 27/5/2026, 5/2026 or 2026. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (m === undefined) return y!;
  return d === undefined ? `${Number(m)}/${y}` : `${Number(d)}/${Number(m)}/${y}`;
}

export function chooseProfile(query: ProfileQuery): ProfileChoice {
  if (query.named) {
    const profile = PROFILES[query.named];
    return {
      profile,
      reason: {
        kind: 'named',
        message: t(`hồ sơ ghi \`profile: ${profile.id}\` (${profile.name})`, `the record names \`profile: ${profile.id}\` (${profile.name})`),
      },
    };
  }
  const list = profilesOf(query.system);
  if (query.date === undefined) {
    const profile = list[list.length - 1]!;
    return {
      profile,
      reason: {
        kind: 'undated',
        message: t(
          `văn bản chưa có ngày: dùng quy định mới nhất, ${profile.name} (áp dụng từ ${viDate(profile.inForceFrom)})`,
          `the document has no date: the newest rule, ${profile.name} (in force from ${viDate(profile.inForceFrom)})`,
        ),
      },
    };
  }
  const span = dateSpan(query.date);
  const early = inForceOn(list, span.first);
  const late = inForceOn(list, span.last);
  if (early !== late) {
    return {
      profile: early,
      reason: {
        kind: 'straddles-change',
        change: late.inForceFrom,
        message: t(
          `ngày văn bản "${query.date}" chưa rõ trước hay sau ${viDate(late.inForceFrom)}, ngày ${late.name} có hiệu lực: tạm dùng ${early.name}; ghi đủ ngày hoặc ghi \`profile\` để chọn chắc chắn`,
          `the document date "${query.date}" may fall before or after ${viDate(late.inForceFrom)}, when ${late.name} took effect: using ${early.name} for now; give the full date or name a \`profile\``,
        ),
      },
    };
  }
  const next = list[list.indexOf(early) + 1];
  return {
    profile: early,
    reason: {
      kind: 'dated',
      message: next
        ? t(
            `ngày văn bản (${viDate(query.date)}) trước ${viDate(next.inForceFrom)}, ngày ${next.name} có hiệu lực`,
            `the document is dated ${viDate(query.date)}, before ${viDate(next.inForceFrom)}, when ${next.name} took effect`,
          )
        : t(
            `ngày văn bản (${viDate(query.date)}) từ ${viDate(early.inForceFrom)} trở đi: áp dụng ${early.name}`,
            `the document is dated ${viDate(query.date)}; ${early.name} applies from ${viDate(early.inForceFrom)}`,
          ),
    },
  };
}
