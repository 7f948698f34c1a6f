// What every recogniser returns: a value with the sentence it was read from, so the draft can say
// where each fact came from (`# từ: "…"`) and what was inferred rather than read (`# suy ra: …`).

export interface Candidate<T> {
  readonly value: T;
  /** The article sentence the value was read from, verbatim. */
  readonly sentence: string;
  /** Set when the value is not written as such in the sentence: why it was concluded (Vietnamese). */
  readonly inferred?: string;
}

export function candidate<T>(value: T, sentence: string, inferred?: string): Candidate<T> {
  return inferred === undefined ? { value, sentence } : { value, sentence, inferred };
}
