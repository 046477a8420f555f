// A Vite plugin: after the bundle is written, stores a brotli (.br) and a gzip (.gz) copy of
// every text asset beside it, so the server sends them as they are (@fastify/static
// `preCompressed`) instead of compressing on each request or not at all.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const compressible = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
// Below this, the headers cost more than the bytes saved.
const minimumBytes = 1024;

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Writes `<file>.br` and `<file>.gz` next to each compressible file of `outDir`. */
export function precompressDirectory(outDir) {
  for (const file of filesUnder(outDir)) {
    if (!compressible.test(file) || statSync(file).size < minimumBytes) continue;
    const bytes = readFileSync(file);
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    );
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  }
}

/** @returns {import('vite').Plugin} */
export function precompressAssets() {
  let outDir = '';
  return {
    name: 'topsmile-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDirectory(outDir);
    },
  };
}
