// `baocao archive --attach-source`: each PDF carries its record's YAML byte for byte (the renderer's
// PDF/A-3b associated file, tests/archive/attach-source.test.ts), the manifest says so, and
// `--verify --rebuild` embeds the same bytes from the archived copy.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/files.js';
import { missingTools } from '../helpers/tools.js';
import { cli, recordsIn } from './helpers.js';

const skip = missingTools('qpdf');

describe.skipIf(skip !== undefined)(`archive --attach-source${skip ? ` (${skip})` : ''}`, () => {
  it('embeds the record in every PDF as <id>.yaml, marks the manifest, and rebuilds to the same bytes', () => {
    const root = join(tempDir(), 'archive-attach');
    const name = '2024-lai-chau-tong-ket-nghi-dinh-21';
    const data = recordsIn(root, [`${name}.yaml`]);
    const out = join(root, 'archive');
    const r = cli(['archive', data, '--out', out, '--attach-source', '--no-progress']);
    expect(r.status, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { attachSource?: boolean; files: { path: string }[] };
    expect(manifest.attachSource).toBe(true);
    const pdfs = manifest.files.map((f) => f.path).filter((p) => p.startsWith(`2024/${name}/`) && p.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    const yaml = readFileSync(join(data, `${name}.yaml`));
    for (const pdf of pdfs) {
      const shown = spawnSync('qpdf', [`--show-attachment=${name}.yaml`, join(out, pdf)]);
      expect(shown.status).toBe(0);
      expect(Buffer.from(shown.stdout).equals(yaml)).toBe(true);
    }
    // The year's own papers are the archive's, not a record's: nothing attached to them.
    expect(spawnSync('qpdf', ['--list-attachments', join(out, '2024/danh-muc-van-ban.pdf')], { encoding: 'utf8' }).stdout).not.toContain('.yaml');
    const again = cli(['archive', '--verify', '--rebuild', out]);
    expect(again.stdout).toContain('mọi tệp giống từng byte');
    expect(again.status).toBe(0);
  });
});
