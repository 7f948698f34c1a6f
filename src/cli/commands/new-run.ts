// `baocao new` at work: settle the kind and profile (asking only on a terminal), write the scaffold
// next to the schema reference it needs, and never overwrite a record unless told to.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { t } from '../../diagnostics/diagnostic.js';
import { nodeHost } from '../../host/host.js';
import { assetPath } from '../../host/paths.js';
import { PROFILE_IDS, type ProfileId } from '../../layout/profiles.js';
import { CONFERENCE_KINDS, conferenceKind, scaffoldRecord } from '../../record/scaffold.js';
import { writeFailureText } from '../../host/errno.js';
import { EXIT, type ExitCode } from '../exit.js';
import type { NewCliOptions } from './new.js';

const KIND_SLUGS = Object.keys(CONFERENCE_KINDS);

export async function runNew(kindArg: string | undefined, opts: NewCliOptions): Promise<ExitCode> {
  if (opts.lang !== 'vi' && opts.lang !== 'en') {
    process.stderr.write(`baocao new: --lang chỉ nhận vi hoặc en (đã cho: \`${String(opts.lang)}\`)\n`);
    return EXIT.usage;
  }
  const pick = (text: { vi: string; en: string }) => (opts.lang === 'en' ? text.en : text.vi);
  // Questions only when someone can answer them: a script or CI gets the defaults at once.
  const ask = process.stdin.isTTY === true ? createInterface({ input: process.stdin, output: process.stderr }) : undefined;
  try {
    let kindInput = kindArg;
    if (kindInput === undefined && ask) kindInput = (await ask.question(`Loại hội nghị (${KIND_SLUGS.join(', ')}) [so-ket]: `)).trim() || 'so-ket';
    const kind = conferenceKind(kindInput ?? 'so-ket');
    if (kind === undefined) {
      process.stderr.write(`baocao new: ${pick(t(`loại hội nghị không có: "${kindInput}"`, `no such conference kind: "${kindInput}"`))} (${KIND_SLUGS.join(', ')})\n`);
      return EXIT.usage;
    }
    let profileInput = opts.profile;
    if (profileInput === undefined && ask) profileInput = (await ask.question('Thể thức: nd30 (hành chính) hay hd36 (Đảng) [nd30]: ')).trim() || 'nd30';
    const profile = (profileInput ?? 'nd30') as ProfileId;
    if (!PROFILE_IDS.includes(profile)) {
      process.stderr.write(`baocao new: ${pick(t('--profile chỉ nhận nd30 hoặc hd36', '--profile takes nd30 or hd36'))} ("${profileInput}")\n`);
      return EXIT.usage;
    }
    const slug = KIND_SLUGS.find((k) => CONFERENCE_KINDS[k] === kind)!;
    const out = opts.out ?? `data/${slug}-moi.yaml`;
    if (existsSync(out) && !opts.force) {
      process.stderr.write(
        `baocao new: ${pick(t(`\`${out}\` đã có — chọn tên khác với --out, hoặc thêm --force để ghi đè`, `\`${out}\` exists — choose another name with --out, or add --force to overwrite`))}\n`,
      );
      return EXIT.usage;
    }
    const schemaRef = relative(dirname(resolve(out)), assetPath('schema', 'record.schema.json')).split(sep).join('/');
    try {
      await nodeHost.writeFileAtomic(out, scaffoldRecord({ kind, profile, schemaRef }));
    } catch (err) {
      process.stderr.write(`baocao new: ${pick(writeFailureText(err, out))}\n`);
      return EXIT.usage;
    }
    process.stdout.write(
      pick(
        t(
          `Đã tạo ${out} (${kind}, ${profile}). Thay các giá trị <<…>> theo nguồn, rồi chạy: baocao check ${out}\n`,
          `Wrote ${out} (${kind}, ${profile}). Replace the <<…>> values from the source, then run: baocao check ${out}\n`,
        ),
      ),
    );
    return EXIT.ok;
  } finally {
    ask?.close();
  }
}
