import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressAssets } from './scripts/precompress-assets.mjs';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
// The API server's default port; everything it answers is proxied so the dev app is same-origin.
const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  root: `${repoRoot}src/web`,
  plugins: [react(), precompressAssets()],
  build: {
    // TOPSMILE_WEB_DIST lets parallel e2e runs each build and serve their own copy.
    outDir: process.env.TOPSMILE_WEB_DIST ?? `${repoRoot}dist/web`,
    emptyOutDir: true,
    // .vite/manifest.json: which chunks the entry loads up front (scripts/report-bundle-size.mjs).
    manifest: true,
    rollupOptions: {
      // zod ships comments Rollup cannot place; the warning is about its source, not ours.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
      '/readyz': apiServer,
    },
  },
});
