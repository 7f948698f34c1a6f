// Vietnamese alphabetical order. ICU's 'vi' collation already orders a < ă < â, d < đ and tones
// unmarked < huyền < hỏi < ngã < sắc < nặng (spec §8.7); personal names sort by given name first.

const collator = new Intl.Collator('vi');

/** Compares two strings in Vietnamese order (Intl.Collator('vi')). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a.normalize('NFC'), b.normalize('NFC'));
}

/** A sorted copy in Vietnamese order. */
export function sortVi(list: readonly string[]): string[] {
  return [...list].sort(compareVi);
}

/** Splits a name into surname, middle names and given name (the last syllable). */
export function nameParts(name: string): { surname: string; middle: string; given: string } {
  const parts = name.normalize('NFC').trim().split(/\s+/u);
  if (parts.length === 1) return { surname: '', middle: '', given: parts[0] ?? '' };
  return { surname: parts[0]!, middle: parts.slice(1, -1).join(' '), given: parts[parts.length - 1]! };
}

/** Compares personal names by given name, then middle names, then surname: Trần Thị An < Lê Văn An. */
export function comparePersonNames(a: string, b: string): number {
  const x = nameParts(a);
  const y = nameParts(b);
  return compareVi(x.given, y.given) || compareVi(x.middle, y.middle) || compareVi(x.surname, y.surname) || compareVi(a, b);
}

/** A sorted copy of personal names in the conventional order (given, middle, surname). */
export function sortPersonNames(names: readonly string[]): string[] {
  return [...names].sort(comparePersonNames);
}

/** Sorts items by a personal name taken from each (e.g. an attendee index); the input is not changed. */
export function sortByPersonName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => comparePersonNames(nameOf(a), nameOf(b)));
}
