/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { Catalogue } from './catalogue.ts';

// Every catalogue in the web app: the shell's and each feature's `locales/` folder.
const english = import.meta.glob<Record<string, Catalogue>>('../**/locales/en.ts', { eager: true });
const portuguese = import.meta.glob<Record<string, Catalogue>>('../**/locales/pt-BR.ts', { eager: true });

function onlyExport(module: Record<string, Catalogue> | undefined): Catalogue {
  const values = Object.values(module ?? {});
  if (values.length !== 1 || values[0] === undefined) throw new Error('a catalogue module exports one table');
  return values[0];
}

/** key path → message text */
function messages(table: Catalogue, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [innerPath, text] of messages(value, path)) found.set(innerPath, text);
  }
  return found;
}

function placeholders(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1] ?? '').sort();
}

describe('message catalogues', () => {
  const folders = Object.keys(english).map((file) => file.replace(/\/en\.ts$/, ''));

  it('finds the shell’s catalogue and every feature’s', () => {
    expect(folders).toContain('./locales');
    expect(Object.keys(portuguese).sort()).toEqual(folders.map((folder) => `${folder}/pt-BR.ts`).sort());
  });

  it.each(folders)('%s: pt-BR has every key of en, the same placeholders, and no empty message', (folder) => {
    const en = messages(onlyExport(english[`${folder}/en.ts`]));
    const pt = messages(onlyExport(portuguese[`${folder}/pt-BR.ts`]));
    expect([...pt.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of en) {
      expect({ key, placeholders: placeholders(pt.get(key)) }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
    const empty = [...en, ...pt].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
