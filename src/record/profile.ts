// Which layout profile a record's documents use: the one the record names, else the default of the
// lead organiser's document system. A record that says neither is refused by the rules (rules.ts),
// so a valid record always resolves.
import type { ProfileId } from '../layout/profiles.js';
import type { ConferenceRecord } from './types.generated.js';

const SYSTEM_PROFILE: Readonly<Record<'đảng' | 'nhà nước', ProfileId>> = { đảng: 'hd36', 'nhà nước': 'nd30' };

export function recordProfileId(record: Pick<ConferenceRecord, 'profile' | 'organizers'>): ProfileId | undefined {
  if (record.profile) return record.profile;
  const system = record.organizers[0]?.system;
  return system ? SYSTEM_PROFILE[system] : undefined;
}

/** The profile of a valid record (the rules guarantee one resolves). */
export function profileIdOf(record: ConferenceRecord): ProfileId {
  const id = recordProfileId(record);
  if (!id) throw new Error('record has neither profile nor organizers[0].system (rules should have refused it)');
  return id;
}
