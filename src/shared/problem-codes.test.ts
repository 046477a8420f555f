import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { common } from '../web/i18n/locales/en.ts';
import { isProblemCode, type ProblemCode, problemCatalogue, problemCodes } from './problem-codes.ts';

// The catalogue is what clients may switch on; the codes are thrown all over the server and
// matched all over the web app. This reads both with the TypeScript parser, so that calls
// spread over several lines and comments mentioning a code are told apart from real uses.
const srcRoot = path.resolve(import.meta.dirname, '..');

function sourceFiles(directory: string): ts.SourceFile[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    if (!/\.tsx?$/.test(entry.name) || /(\.test|-test-support)\.tsx?$/.test(entry.name)) return [];
    const kind = entry.name.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    return [ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true, kind)];
  });
}

function nodesOf(file: ts.SourceFile): ts.Node[] {
  const nodes: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    nodes.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return nodes;
}

function where(node: ts.Node): string {
  const file = node.getSourceFile();
  const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  return `${path.relative(srcRoot, file.fileName)}:${line}`;
}

const isText = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

/** Every string literal in an expression: `a ? 'x' : 'y'` gives both. */
function textsIn(node: ts.Node | undefined): string[] {
  if (node === undefined) return [];
  if (isText(node)) return [node.text];
  const texts: string[] = [];
  ts.forEachChild(node, (child) => {
    texts.push(...textsIn(child));
  });
  return texts;
}

function statusesIn(node: ts.Node | undefined): number[] {
  if (node === undefined) return [];
  if (ts.isNumericLiteral(node)) return [Number(node.text)];
  const statuses: number[] = [];
  ts.forEachChild(node, (child) => {
    statuses.push(...statusesIn(child));
  });
  return statuses;
}

function member(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === name) return property.initializer;
  }
  return undefined;
}

type Thrown = { code: string; statuses: number[]; where: string };

/**
 * `problem(status, 'code', …)`, `new ProblemError(status, 'code')`, and tables of
 * `{ status: 415, code: 'unsupported_media_type' }`. A code held in a variable is typed
 * ProblemCode, which the compiler checks instead.
 */
function thrownCodes(files: ts.SourceFile[]): Thrown[] {
  return files.flatMap(nodesOf).flatMap((node): Thrown[] => {
    const isCall = ts.isCallExpression(node) || ts.isNewExpression(node);
    if (isCall && ['problem', 'ProblemError'].includes(node.expression.getText())) {
      const [status, code] = node.arguments ?? [];
      if (code === undefined || !isText(code)) return [];
      return [{ code: code.text, statuses: statusesIn(status), where: where(code) }];
    }
    if (ts.isObjectLiteralExpression(node)) {
      const code = member(node, 'code');
      const status = member(node, 'status');
      // Only an HTTP status makes it a problem: `{ code: 'D0120', status: 'active' }` is not one.
      const isHttpStatus = status !== undefined && ts.isNumericLiteral(status) && Number(status.text) >= 400;
      if (code === undefined || !isHttpStatus || !isText(code)) return [];
      return [{ code: code.text, statuses: statusesIn(status), where: where(code) }];
    }
    return [];
  });
}

/** Strings in declarations typed with ProblemCode, such as a table of codes by status. */
function typedTableTexts(files: ts.SourceFile[]): string[] {
  return files
    .flatMap(nodesOf)
    .filter(ts.isVariableDeclaration)
    .filter((declaration) => declaration.type?.getText().includes('ProblemCode'))
    .flatMap((declaration) => textsIn(declaration.initializer));
}

/** Codes the web client makes itself when no problem+json arrived: `new ApiError({ code: … })`. */
function clientCodes(files: ts.SourceFile[]): Set<string> {
  const codes = files.flatMap(nodesOf).flatMap((node) => {
    if (!ts.isNewExpression(node) || node.expression.getText() !== 'ApiError') return [];
    const [init] = node.arguments ?? [];
    return init !== undefined && ts.isObjectLiteralExpression(init) ? textsIn(member(init, 'code')) : [];
  });
  return new Set(codes);
}

const isErrorCode = (node: ts.Node) =>
  ts.isPropertyAccessExpression(node) &&
  node.name.text === 'code' &&
  /error/i.test(node.expression.getText());

/**
 * Codes screens compare an error's code with: `error.code === 'x'`, `case 'x':` in a switch on
 * `error.code`, `isApiError(error, 'x')`.
 */
function matchedCodes(files: ts.SourceFile[]): { code: string; where: string }[] {
  return files.flatMap(nodesOf).flatMap((node) => {
    let literal: ts.Node | undefined;
    if (ts.isBinaryExpression(node)) {
      const equality = [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken];
      if (!equality.includes(node.operatorToken.kind)) return [];
      if (isErrorCode(node.left)) literal = node.right;
      else if (isErrorCode(node.right)) literal = node.left;
    } else if (ts.isCaseClause(node) && isErrorCode(node.parent.parent.expression)) {
      literal = node.expression;
    } else if (ts.isCallExpression(node) && node.expression.getText() === 'isApiError') {
      literal = node.arguments[1];
    }
    return literal !== undefined && isText(literal) ? [{ code: literal.text, where: where(literal) }] : [];
  });
}

describe('the problem code catalogue', () => {
  const server = sourceFiles(path.join(srcRoot, 'server'));
  const web = sourceFiles(path.join(srcRoot, 'web'));
  const thrown = thrownCodes(server);
  const madeByClient = clientCodes(web);

  it('finds the codes the server throws and the client makes', () => {
    expect(thrown.find((use) => use.code === 'slot_unavailable')?.where).toMatch(
      /^server\/modules\/scheduling\//,
    );
    expect(thrown.find((use) => use.code === 'unsupported_media_type')?.where).toMatch(
      /^server\/http\/error-handler\.ts:/,
    );
    expect(thrown.length).toBeGreaterThan(100);
    expect([...madeByClient]).toEqual(expect.arrayContaining(['network_error', 'invalid_response']));
  });

  it('lists every code the server throws', () => {
    const unlisted = thrown
      .filter((use) => !isProblemCode(use.code))
      .map((use) => `${use.code} (${use.where})`);
    expect(unlisted, 'add each to problemCatalogue in src/shared/problem-codes.ts').toEqual([]);
  });

  it('lists every status a code is sent with', () => {
    const unlisted = thrown.flatMap((use) => {
      if (!isProblemCode(use.code)) return [];
      const listed: readonly number[] = problemCatalogue[use.code].statuses;
      return use.statuses
        .filter((status) => !listed.includes(status))
        .map((status) => `${status} ${use.code} (${use.where})`);
    });
    // A code's status is part of the contract: change the status, or list it if API.md allows it.
    expect(unlisted, "add each status to its code's statuses in src/shared/problem-codes.ts").toEqual([]);
  });

  it('lists no code the server no longer sends', () => {
    const written = new Set([...thrown.map((use) => use.code), ...typedTableTexts(server)]);
    // Unless API.md still promises such a code, in which case the server should send it again.
    expect(
      problemCodes.filter((code) => !written.has(code)),
      'the server no longer sends these: remove them from the catalogue and the web messages',
    ).toEqual([]);
  });

  it('has web messages only for codes the API sends or the client makes', () => {
    const messages = Object.keys(common.problems.codes);
    expect(
      messages.filter((code) => !isProblemCode(code) && !madeByClient.has(code)),
      'problems.codes in src/web/i18n/locales has messages for codes nobody sends',
    ).toEqual([]);
  });

  it('is what web screens compare error codes with', () => {
    const matched = matchedCodes(web);
    expect(matched.length).toBeGreaterThan(10);
    const unknown = matched.filter(({ code }) => !isProblemCode(code) && !madeByClient.has(code));
    expect(
      unknown.map(({ code, where }) => `${code} (${where})`),
      'these screens wait for codes the API never sends',
    ).toEqual([]);
  });

  it('keeps codes snake_case, as clients and the problem type URIs expect', () => {
    expect(problemCodes.filter((code: ProblemCode) => !/^[a-z]+(_[a-z]+)*$/.test(code))).toEqual([]);
  });
});
