// `npm run bench -- <name>` runs bench/<name>.ts; with no name it lists them.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const available = readdirSync(dir)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .map((file) => file.replace(/\.ts$/, ''));
const [name] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.log(`Usage: npm run bench -- <name>\nBenchmarks: ${available.join(', ')}`);
  process.exitCode = name ? 2 : 0;
} else {
  await import(pathToFileURL(path.join(dir, `${name}.ts`)).href);
}
