// Rewrites a record of the first shape (organizer, subject + period, chair, documents[].signer) into
// the current one (organizers, subjects[].period, chairs, documents[].signers), keeping comments and
// layout. Usage: node scripts/migrate-record.mjs data/x.yaml [more.yaml …]  (files are rewritten in place).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument, isMap, isSeq, YAMLSeq, Pair, Scalar } from 'yaml';

function rename(map, from, to, wrap) {
  const i = map.items.findIndex((p) => p.key?.value === from);
  if (i < 0) return undefined;
  const pair = map.items[i];
  let value = pair.value;
  if (wrap) {
    const seq = new YAMLSeq();
    seq.items.push(value);
    if (pair.value?.flow === false) seq.flow = false;
    value = seq;
  }
  const key = new Scalar(to);
  key.commentBefore = pair.key.commentBefore;
  key.spaceBefore = pair.key.spaceBefore;
  map.items[i] = new Pair(key, value);
  return map.items[i];
}

function take(map, key) {
  const i = map.items.findIndex((p) => p.key?.value === key);
  return i < 0 ? undefined : map.items.splice(i, 1)[0];
}

for (const file of process.argv.slice(2)) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const root = doc.contents;
  if (!isMap(root)) continue;
  const org = root.items.find((p) => p.key?.value === 'organizer')?.value;
  if (isMap(org)) {
    const profile = take(org, 'profile');
    const tone = take(org, 'toneStyle');
    const at = root.items.findIndex((p) => p.key?.value === 'organizer');
    if (profile) root.items.splice(at, 0, profile);
    if (tone) root.items.splice(at + (profile ? 1 : 0), 0, tone);
  }
  rename(root, 'organizer', 'organizers', true);
  const period = take(root, 'period');
  const subjectPair = rename(root, 'subject', 'subjects', true);
  if (subjectPair && period && isMap(subjectPair.value.items[0])) subjectPair.value.items[0].items.push(period);
  const chair = root.items.find((p) => p.key?.value === 'chair');
  if (chair) {
    const seq = new YAMLSeq();
    seq.flow = true;
    seq.items.push(chair.value);
    chair.key = new Scalar('chairs');
    chair.value = seq;
    seq.comment = chair.value.comment;
  }
  const docs = root.items.find((p) => p.key?.value === 'documents')?.value;
  if (isSeq(docs)) for (const d of docs.items) if (isMap(d)) rename(d, 'signer', 'signers', true);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}
