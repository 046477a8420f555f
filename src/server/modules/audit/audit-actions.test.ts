import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActions } from '../../../shared/audit.ts';
import { ledgerEntryKinds } from '../../../shared/billing.ts';
import { reportNames } from '../../../shared/reports.ts';

// The catalogue in shared/audit.ts is what the viewer offers and translates; the codes are
// written all over the server. This walks the server's sources for the codes it records.
const serverRoot = path.resolve(import.meta.dirname, '../..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !/(\.test|-test-support)\.ts$/.test(entry.name) ? [full] : [];
  });
}

const codePattern = /['"]([a-z][a-z_]*(?:\.[a-z][a-z_]*)+)['"]/g;
const templatePattern = /`([a-z][a-z_]*(?:\.[a-z][a-z_]*)*)\.\$\{/g;

/**
 * Codes after `action:` or `action =` (a literal, or each branch of a conditional), and the
 * fixed start of template codes such as `ledger.${kind}`. Route permissions (`access: { action:
 * … }`, `access = { action: … }`) are the permission table's actions, not audit codes.
 */
function recordedCodes(): { literals: Map<string, string>; prefixes: Map<string, string> } {
  const literals = new Map<string, string>();
  const prefixes = new Map<string, string>();
  for (const file of sourceFiles(serverRoot)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      const match = /\baction\s*(?::|=(?!=))\s*(.*)$/.exec(line);
      if (!match || /\baccess\s*[:=]/.test(line)) return;
      const expression = match[1] === '' ? (lines[index + 1] ?? '') : (match[1] ?? '');
      const where = `${path.relative(serverRoot, file)}:${index + 1}`;
      for (const [, code] of expression.matchAll(codePattern)) if (code) literals.set(code, where);
      for (const [, prefix] of expression.matchAll(templatePattern)) if (prefix) prefixes.set(prefix, where);
    });
  }
  return { literals, prefixes };
}

describe('the audit action catalogue', () => {
  const { literals, prefixes } = recordedCodes();

  it('finds the codes the server records', () => {
    expect(literals.get('auth.login')).toMatch(/^modules\/auth\//);
    expect(literals.get('access.denied')).toMatch(/^http\/access\.ts:/);
    expect([...prefixes.keys()]).toContain('ledger');
    expect(literals.size).toBeGreaterThan(60);
  });

  it('lists every code the server records', () => {
    const missing = [...literals].filter(([code]) => !(auditActions as readonly string[]).includes(code));
    // Add each to auditActions in src/shared/audit.ts, with en and pt-BR labels in the web app.
    expect(missing).toEqual([]);
  });

  it('lists every code a template can make', () => {
    // The templates found, and the lists their variable part comes from.
    const expansions: Record<string, readonly string[]> = { ledger: ledgerEntryKinds, report: reportNames };
    expect([...prefixes.keys()].sort()).toEqual(Object.keys(expansions).sort());
    for (const [prefix, names] of Object.entries(expansions)) {
      expect(
        auditActions.filter((code) => code.startsWith(`${prefix}.`) && !literals.has(code)).sort(),
        prefix,
      ).toEqual(names.map((name) => `${prefix}.${name}`).sort());
    }
  });

  it('lists nothing the server no longer records', () => {
    const unused = auditActions.filter(
      (code) => !literals.has(code) && ![...prefixes.keys()].some((prefix) => code.startsWith(`${prefix}.`)),
    );
    expect(unused).toEqual([]);
  });

  it('is sorted and without duplicates, so that additions land in one obvious place', () => {
    expect([...auditActions]).toEqual([...new Set(auditActions)].sort());
  });
});
