/**
 * `npm run build`: Astro's build, except that a failed build leaves no output behind. Astro writes
 * pages as it goes, so a build that fails half-way would otherwise leave a partial dist/ that a deploy
 * step could mistake for a good one.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: removed ${outDir} so that nothing partial is mistaken for a good build.`);
  process.exit(result.status ?? 1);
}
