// `prestart`: rebuild the web app only when its sources are newer than dist/web, so
// `npm start` never serves a stale UI yet does not pay for a build on every start.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const builtIndex = path.join(process.env.TOPSMILE_WEB_DIST ?? path.join(repoRoot, 'dist/web'), 'index.html');
const sourceRoots = ['src/web', 'src/shared', 'vite.config.ts'].map((entry) => path.join(repoRoot, entry));

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const sourcesAt = Math.max(...sourceRoots.map(newestMtime));

if (builtAt > 0 && builtAt >= sourcesAt) {
  console.log('web: dist/web is up to date, skipping build');
} else {
  const reason = builtAt === 0 ? 'dist/web/index.html is missing' : 'sources changed since the last build';
  const started = performance.now();
  // Imported only here: a deployment with a fresh dist/web need not have vite installed.
  const { build } = await import('vite');
  await build({ configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'error' });
  console.log(`web: built dist/web in ${Math.round(performance.now() - started)} ms (${reason})`);
  // Reported, not enforced: a server must still start to show what grew (`npm run build` fails).
  const { printBundleReport } = await import('./report-bundle-size.mjs');
  if (!printBundleReport(path.dirname(builtIndex)))
    console.warn('web: the initial JavaScript is over budget');
}
