// Run by `npm run build`, last: records the toolkit fingerprint of this build (code, schema, fonts,
// lexicon) with the stamp of the files it read, so a cold run need not hash them again
// (src/pipeline/cache.ts, toolkitFingerprint). Written whole (temp file + rename).
import { renameSync, writeFileSync } from 'node:fs';
import { builtFingerprint } from '../dist/pipeline/cache.js';

const { path, stamp, fingerprint } = builtFingerprint();
writeFileSync(path + '.tmp', JSON.stringify({ stamp, fingerprint }) + '\n');
renameSync(path + '.tmp', path);
