import type { Plugin } from 'vite';

/** Writes `<file>.br` and `<file>.gz` next to each compressible file of `outDir`. */
export function precompressDirectory(outDir: string): void;
/** The Vite plugin that does it after each production build. */
export function precompressAssets(): Plugin;
