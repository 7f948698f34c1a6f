// Loaded with `node --import` by the bench: writes the process's peak RSS (threads included) to the
// file named by BAOCAO_RSS_FILE when it exits, so the bench needs no GNU time on the machine.
import { writeFileSync } from 'node:fs';

const out = process.env.BAOCAO_RSS_FILE;
if (out) {
  process.on('exit', () => {
    writeFileSync(out, String(process.resourceUsage().maxRSS * 1024));
  });
}
