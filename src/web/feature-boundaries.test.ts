import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// STYLE.md §9: features do not import each other's internals. A feature's `index.ts` is its
// public face; shared layers (api, components, forms) import no feature at all.
const webRoot = path.dirname(fileURLToPath(import.meta.url));
const sharedLayers = ['api', 'components', 'forms'];
const importPattern = /(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** [importing file, imported file], both relative to src/web, for every relative import. */
function relativeImports(): [string, string][] {
  return sourceFiles(webRoot).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(importPattern)].map(([, specifier]): [string, string] => [
      path.relative(webRoot, file),
      path.relative(webRoot, path.resolve(path.dirname(file), specifier ?? '')),
    ]),
  );
}

function featureOf(relativePath: string): string | undefined {
  const [top, feature] = relativePath.split(path.sep);
  return top === 'features' ? feature : undefined;
}

describe('web feature boundaries', () => {
  const imports = relativeImports();

  it('finds the imports it checks', () => {
    expect(imports.length).toBeGreaterThan(100);
  });

  it('features reach other features only through their index.ts', () => {
    const violations = imports.filter(([from, to]) => {
      const source = featureOf(from);
      const target = featureOf(to);
      return source && target && source !== target && to !== path.join('features', target, 'index.ts');
    });
    expect(violations).toEqual([]);
  });

  it('shared layers import no feature and no app-level module', () => {
    const violations = imports.filter(([from, to]) => {
      const layer = from.split(path.sep)[0] ?? '';
      return (
        sharedLayers.includes(layer) &&
        (to.startsWith(`features${path.sep}`) || to.startsWith(`layout${path.sep}`))
      );
    });
    expect(violations).toEqual([]);
  });
});
