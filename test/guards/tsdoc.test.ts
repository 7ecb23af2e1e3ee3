/**
 * Guard: every symbol of the public surface (`src/index.ts`, `src/testing/index.ts`, following
 * re-exports) carries a TSDoc summary, and every exported function (and class constructor)
 * documents each parameter with a described `@param`.
 *
 * Uses the TypeScript compiler API on the two entry files with the project's compiler options.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY_POINTS = ['src/index.ts', 'src/testing/index.ts'] as const;

/**
 * Exported names (as `entry:name`, e.g. `src/index.ts:foo`) exempt from these checks. Empty by
 * default; an entry needs a comment giving the reason.
 */
const EXEMPT: ReadonlySet<string> = new Set<string>([]);

interface Offender {
  readonly where: string;
  readonly name: string;
  readonly problem: string;
}

/**
 * The program of the two entry points with the project's compiler options. Files under
 * node_modules (and the default lib) are replaced by empty modules: the audit needs our own
 * declarations and re-export graph, not third-party types, and this keeps the program small
 * enough to build in a few seconds. (A public re-export *from a package* would therefore be
 * invisible here; the project has none.)
 */
function loadProgram(): ts.Program {
  const configPath = ts.findConfigFile(root, (f) => ts.sys.fileExists(f), 'tsconfig.json');
  if (!configPath) throw new Error('tsconfig.json not found');
  const read = ts.readConfigFile(configPath, (f) => ts.sys.readFile(f));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, noLib: true, types: [] };
  const host = ts.createCompilerHost(options, true);
  const original = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lang, ...rest) => (f.includes('/node_modules/') ? ts.createSourceFile(f, 'export {};', lang) : original(f, lang, ...rest));
  return ts.createProgram({ rootNames: ENTRY_POINTS.map((e) => `${root}${e}`), options, host });
}

function where(decl: ts.Node): string {
  const sf = decl.getSourceFile();
  const { line } = sf.getLineAndCharacterOfPosition(decl.getStart(sf));
  return `${relative(root, sf.fileName)}:${line + 1}`;
}

function text(parts: readonly ts.SymbolDisplayPart[]): string {
  return ts.displayPartsToString([...parts]).trim();
}

/** The text of a JSDoc tag's comment, without TSDoc's leading hyphen. */
function tagComment(tag: ts.JSDocTag): string {
  const c = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? '';
  return c.replace(/^\s*-\s*/, '').trim();
}

/** The function-like declarations whose parameters must be documented for `decl`. */
function functionLikes(decl: ts.Declaration): ts.SignatureDeclaration[] {
  if (ts.isFunctionDeclaration(decl)) return [decl];
  if (ts.isVariableDeclaration(decl) && decl.initializer && (ts.isArrowFunction(decl.initializer) || ts.isFunctionExpression(decl.initializer))) {
    return [decl.initializer];
  }
  if (ts.isClassDeclaration(decl)) return decl.members.filter(ts.isConstructorDeclaration);
  return [];
}

/**
 * The `@param` tags that document `fn`'s parameters. For an arrow function or function
 * expression assigned to a variable, the tags sit on the variable statement.
 */
function paramTags(fn: ts.SignatureDeclaration, owner: ts.Declaration): ts.JSDocParameterTag[] {
  const hosts: ts.Node[] = [fn];
  if (fn !== owner) hosts.push(owner);
  const tags: ts.JSDocParameterTag[] = [];
  for (const h of hosts) for (const t of ts.getJSDocTags(h)) if (ts.isJSDocParameterTag(t)) tags.push(t);
  return tags;
}

function checkParams(fn: ts.SignatureDeclaration, owner: ts.Declaration, name: string, out: Offender[]): void {
  const tags = paramTags(fn, owner);
  fn.parameters.forEach((p, i) => {
    if (ts.isIdentifier(p.name) && p.name.text === 'this') return;
    const label = ts.isIdentifier(p.name) ? p.name.text : `#${i + 1} (destructured)`;
    const tag = ts.isIdentifier(p.name)
      ? tags.find((t) => ts.isIdentifier(t.name) && t.name.text === (p.name as ts.Identifier).text)
      : tags[i];
    const kind = ts.isConstructorDeclaration(fn) ? 'constructor parameter' : 'parameter';
    if (!tag) out.push({ where: where(p), name, problem: `${kind} ${label} has no @param` });
    else if (tagComment(tag) === '') out.push({ where: where(p), name, problem: `@param ${label} (${kind}) has no description` });
  });
}

function audit(program: ts.Program): { offenders: Offender[]; checked: Map<string, number>; names: Set<string> } {
  const checker = program.getTypeChecker();
  const offenders: Offender[] = [];
  const checked = new Map<string, number>();
  const names = new Set<string>();
  for (const entry of ENTRY_POINTS) {
    const sf = program.getSourceFile(`${root}${entry}`);
    if (!sf) throw new Error(`${entry} is not in the program`);
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) throw new Error(`${entry} is not a module`);
    const exports = checker.getExportsOfModule(moduleSymbol);
    checked.set(entry, exports.length);
    for (const exported of exports) {
      const name = exported.getName();
      names.add(`${entry}:${name}`);
      if (EXEMPT.has(`${entry}:${name}`)) continue;
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const decls = symbol.getDeclarations() ?? [];
      const first = decls[0];
      const at = first ? where(first) : entry;
      if (text(symbol.getDocumentationComment(checker)) === '') {
        offenders.push({ where: at, name, problem: 'no TSDoc summary' });
      }
      // With overloads, the signatures are the public API: the implementation's own parameters are not checked.
      const overloaded = decls.filter(ts.isFunctionDeclaration).length > 1;
      for (const decl of decls) {
        if (overloaded && ts.isFunctionDeclaration(decl) && decl.body) continue;
        for (const fn of functionLikes(decl)) checkParams(fn, decl, name, offenders);
      }
    }
  }
  return { offenders, checked, names };
}

function format(offenders: readonly Offender[]): string {
  return offenders.map((o) => `  ${o.where} ${o.name}: ${o.problem}`).join('\n');
}

describe('TSDoc on the public surface', () => {
  let result: ReturnType<typeof audit>;
  beforeAll(() => {
    result = audit(loadProgram());
  });

  it('finds the public exports of both entry points (the guard is not vacuous)', () => {
    expect(result.checked.get('src/index.ts')).toBeGreaterThan(20);
    expect(result.checked.get('src/testing/index.ts')).toBeGreaterThan(3);
  });

  it('every exported symbol has a TSDoc summary', () => {
    const missing = result.offenders.filter((o) => o.problem === 'no TSDoc summary');
    expect(missing.length, `exported symbols without a TSDoc summary:\n${format(missing)}\n`).toBe(0);
  });

  it('every exported function documents each parameter with a described @param', () => {
    const missing = result.offenders.filter((o) => o.problem !== 'no TSDoc summary');
    expect(missing.length, `exported functions with undocumented parameters:\n${format(missing)}\n`).toBe(0);
  });

  it('the exemption list only names symbols that are still exported', () => {
    expect([...EXEMPT].filter((e) => !result.names.has(e))).toEqual([]);
  });
});

describe('the TSDoc audit itself', () => {
  /** One in-memory program whose src/index.ts holds every case; offenders are keyed by export name. */
  const CASES: Record<string, string> = {
    undocumentedFn: 'export function undocumentedFn(a: number) { return a; }',
    missingParam: '/** Adds.\n * @param a - first */\nexport function missingParam(a: number, b: number) { return a + b; }',
    emptyParam: '/** Adds.\n * @param a -\n */\nexport function emptyParam(a: number) { return a; }',
    undocumentedArrow: 'export const undocumentedArrow = (a: number) => a;',
    UndocumentedInterface: 'export interface UndocumentedInterface { a: number }',
    tagOnly: '/** @param a - x */\nexport function tagOnly(a: number) { return a; }',
    goodFn: '/** Adds.\n * @param a - first\n * @param b - second\n * @returns the sum */\nexport function goodFn(a: number, b: number) { return a + b; }',
    goodArrow: '/** Doubles.\n * @param a - the value */\nexport const goodArrow = (a: number) => a * 2;',
    GOOD_CONST: '/** The answer. */\nexport const GOOD_CONST = 42;',
    GoodClass: '/** A thing. */\nexport class GoodClass {\n  /** @param a - the value */\n  constructor(readonly a: number) {}\n}',
    BadCtor: '/** A thing. */\nexport class BadCtor {\n  constructor(readonly a: number) {}\n}',
  };
  let byName: Map<string, string[]>;
  beforeAll(() => {
    const files: Record<string, string> = {
      [`${root}src/index.ts`]: Object.values(CASES).join('\n'),
      [`${root}src/testing/index.ts`]: '/** x */\nexport const t = 1;',
    };
    const options: ts.CompilerOptions = { noLib: true, types: [], module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
    const host = ts.createCompilerHost(options, true);
    host.getSourceFile = (f, lang) => (files[f] === undefined ? undefined : ts.createSourceFile(f, files[f]!, lang, true));
    host.fileExists = (f) => files[f] !== undefined;
    host.readFile = (f) => files[f];
    const program = ts.createProgram({ rootNames: Object.keys(files), options, host });
    byName = new Map();
    for (const o of audit(program).offenders) byName.set(o.name, [...(byName.get(o.name) ?? []), o.problem]);
  });

  it.each([
    ['undocumentedFn', ['no TSDoc summary', 'parameter a has no @param']],
    ['missingParam', ['parameter b has no @param']],
    ['emptyParam', ['@param a (parameter) has no description']],
    ['undocumentedArrow', ['no TSDoc summary', 'parameter a has no @param']],
    ['UndocumentedInterface', ['no TSDoc summary']],
    ['tagOnly', ['no TSDoc summary']],
    ['BadCtor', ['constructor parameter a has no @param']],
  ])('reports %s', (name, problems) => {
    expect(byName.get(name)).toEqual(problems);
  });

  it.each(['goodFn', 'goodArrow', 'GOOD_CONST', 'GoodClass'])('accepts the fully documented %s', (name) => {
    expect(byName.get(name)).toBeUndefined();
  });
});
