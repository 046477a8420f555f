// After `vite build`: prints the size of the production bundle and of the JavaScript a first
// visit downloads before anything renders (the entry chunk and every chunk it imports
// statically, gzip), and fails when that initial JavaScript outgrows its budget. Lazy routes
// (admin screens, the chart, the appointment book) are not part of it; a static import that
// drags one into the entry shows up here as a jump in the number.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const initialJsBudgetKb = 300;

/** @param {string} outDir */
export function bundleReport(outDir) {
  /** @type {Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] }>} */
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'));
  const sizes = new Map();
  const sizeOf = (file) => {
    let size = sizes.get(file);
    if (!size) {
      const bytes = readFileSync(path.join(outDir, file));
      size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      sizes.set(file, size);
    }
    return size;
  };

  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length === 0) throw new Error(`no entry chunk in ${outDir}/.vite/manifest.json`);
  // Static imports only: dynamic ones (lazy routes) load when someone opens that screen.
  const initial = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key] of entries) visit(key);

  const allFiles = new Set(Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]));
  const sum = (files) =>
    [...files].reduce(
      (total, file) => {
        const size = sizeOf(file);
        return { raw: total.raw + size.raw, gzip: total.gzip + size.gzip };
      },
      { raw: 0, gzip: 0 },
    );
  const js = [...allFiles].filter((file) => file.endsWith('.js'));
  const css = [...allFiles].filter((file) => file.endsWith('.css'));
  return {
    total: sum(allFiles),
    js: { ...sum(js), files: js.length },
    css: sum(css),
    initialJs: { ...sum(initial), files: [...initial] },
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints the report; returns false when the initial JavaScript is over budget. */
export function printBundleReport(outDir) {
  const report = bundleReport(outDir);
  const overBudget = report.initialJs.gzip > initialJsBudgetKb * 1024;
  console.log('Production bundle:');
  console.log(`  all assets   ${kb(report.total.raw)} (${kb(report.total.gzip)} gzip)`);
  console.log(
    `  JavaScript   ${kb(report.js.raw)} (${kb(report.js.gzip)} gzip) in ${report.js.files} chunks`,
  );
  console.log(`  CSS          ${kb(report.css.raw)} (${kb(report.css.gzip)} gzip)`);
  console.log(
    `Initial JavaScript (entry + static imports): ${kb(report.initialJs.raw)}, ${kb(report.initialJs.gzip)} gzip ` +
      `in ${report.initialJs.files.length} chunk(s); budget ${initialJsBudgetKb} KB gzip${overBudget ? ' — OVER BUDGET' : ''}`,
  );
  return !overBudget;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.env.TOPSMILE_WEB_DIST ?? path.join(repoRoot, 'dist/web');
  if (!printBundleReport(outDir)) {
    console.error(
      `The initial JavaScript is over ${initialJsBudgetKb} KB gzip: keep screens lazy (router.tsx).`,
    );
    process.exitCode = 1;
  }
}
