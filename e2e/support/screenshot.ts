import { fileURLToPath } from 'node:url';

/** Where a test saves a screenshot for a reviewer: e2e/screenshots/, kept out of git. */
export const screenshot = (name: string) =>
  fileURLToPath(new URL(`../screenshots/${name}.png`, import.meta.url));
