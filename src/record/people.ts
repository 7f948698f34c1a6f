// People are written once in a record and referred to by id everywhere else.
import type { ConferenceRecord, Person } from './types.generated.js';

export function findPerson(record: ConferenceRecord, id: string | undefined): Person | undefined {
  return id === undefined ? undefined : record.people?.find((p) => p.id === id);
}
