// Which layout profile a record's documents use: the one the record names, else the profile of the
// lead organiser's document system in force on the document's date (chooseProfile: a Party document
// dated from 27/5/2026 follows HD 05, before it HD 36). A record that says neither profile nor system
// is refused by the rules (rules.ts), so a valid record always resolves.
import { chooseProfile, type ProfileChoice } from '../layout/choose-profile.js';
import { PROFILES, type DocumentSystem, type ProfileId } from '../layout/profiles.js';
import type { ConferenceRecord } from './types.generated.js';

const SYSTEMS: Readonly<Record<'đảng' | 'nhà nước', DocumentSystem>> = { đảng: 'party', 'nhà nước': 'state' };

/** A record's date as chooseProfile takes it: none when the year is unknown ("--08-18"). */
function datedYear(date: string | undefined): string | undefined {
  return date && /^\d{4}/.test(date) ? date : undefined;
}

/** The profile and why, or undefined when the record names no profile and its lead organiser no system. */
export function profileChoiceOf(record: Pick<ConferenceRecord, 'profile' | 'organizers' | 'date'>): ProfileChoice | undefined {
  const system = record.organizers[0]?.system;
  if (!record.profile && !system) return undefined;
  const date = datedYear(record.date);
  return chooseProfile({
    ...(record.profile ? { named: record.profile } : {}),
    system: system ? SYSTEMS[system] : 'state',
    ...(date ? { date } : {}),
  });
}

/** The profile the record's documents will use, if it can be told. */
export function recordProfileId(record: Pick<ConferenceRecord, 'profile' | 'organizers' | 'date'>): ProfileId | undefined {
  return profileChoiceOf(record)?.profile.id;
}

/** The profile of a valid record (the rules guarantee one resolves). */
export function profileIdOf(record: ConferenceRecord): ProfileId {
  const id = recordProfileId(record);
  if (!id) throw new Error('record has neither profile nor organizers[0].system (rules should have refused it)');
  return id;
}

/**
 * What the record's documents would use by their date alone, in the system of its lead organiser (or
 * of the profile it names): what `check` compares a named profile with.
 */
export function profileByDate(record: Pick<ConferenceRecord, 'profile' | 'organizers' | 'date'>): ProfileChoice {
  const system = record.organizers[0]?.system;
  const date = datedYear(record.date);
  return chooseProfile({
    system: system ? SYSTEMS[system] : record.profile ? PROFILES[record.profile].system : 'state',
    ...(date ? { date } : {}),
  });
}
