/**
 * Test helpers for the regex guard: find regular expressions in TypeScript sources, and a small
 * structural reader of JS regex syntax (groups, quantifiers, back-references, lookbehinds).
 *
 * @internal
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression written in the source. */
export interface FoundRegex {
  /** `src/...:line` */
  readonly where: string;
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
  readonly kind: 'literal' | 'new RegExp';
}

/** A `RegExp(...)` construction whose pattern is not a literal (cannot be checked statically). */
export interface DynamicRegex {
  readonly where: string;
  readonly text: string;
}

/** Every `.ts` file under `dir`, sorted. */
export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  return undefined;
}

/**
 * Regex literals and `new RegExp('literal', 'flags')` / `RegExp('literal')` calls in one source
 * text, plus the constructions whose pattern is computed.
 */
export function findRegexes(fileName: string, text: string, root: string): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const file = relative(root, fileName);
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  const lineOf = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = (node as ts.RegularExpressionLiteral).text;
      const end = t.lastIndexOf('/');
      const line = lineOf(node);
      found.push({ where: `${file}:${line}`, file, line, source: t.slice(1, end), flags: t.slice(end + 1), kind: 'literal' });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const args = node.arguments ?? ts.factory.createNodeArray();
      const source = literalText(args[0]);
      const flags = args.length < 2 ? '' : literalText(args[1]);
      const line = lineOf(node);
      if (source !== undefined && flags !== undefined) found.push({ where: `${file}:${line}`, file, line, source, flags, kind: 'new RegExp' });
      else dynamic.push({ where: `${file}:${line}`, text: node.getText(sf).replace(/\s+/g, ' ').slice(0, 160) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { found, dynamic };
}

/** Every regex under `dir` (a folder of TypeScript sources). */
export function findRegexesIn(dir: string, root: string): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const f of tsFiles(dir)) {
    const r = findRegexes(f, readFileSync(f, 'utf8'), root);
    found.push(...r.found);
    dynamic.push(...r.dynamic);
  }
  return { found, dynamic };
}

// ---------------------------------------------------------------------------------------------
// Structural reading of a pattern

interface GroupNode {
  readonly kind: 'group';
  /** 1-based capture index, when capturing. */
  readonly index?: number;
  readonly name?: string;
  readonly children: RegexNode[];
  quantified: boolean;
  readonly parent?: GroupNode;
}
interface AtomNode {
  readonly kind: 'atom' | 'backref';
  /** For back-references: the group number or name. */
  readonly ref?: number | string;
  quantified: boolean;
  readonly parent: GroupNode;
}
type RegexNode = GroupNode | AtomNode;

/** The result of reading a pattern. */
export interface PatternShape {
  /** The pattern with lookbehinds `(?<=`/`(?<!` turned into lookaheads `(?=`/`(?!` (same structure). */
  readonly lookbehindAsLookahead: string;
  /** Human-readable problems with back-references (empty when there are none). */
  readonly backrefProblems: string[];
}

const QUANT = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/;

/**
 * Reads a JS regex pattern's structure. Lenient: it assumes the pattern compiles (it is taken
 * from source code that runs) and only tracks what the guard needs.
 */
export function readPattern(source: string): PatternShape {
  const root: GroupNode = { kind: 'group', children: [], quantified: false };
  const groups: GroupNode[] = [];
  let cur = root;
  let last: RegexNode | undefined;
  let captureCount = 0;
  let rewritten = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const ch = source[i]!;
    if (ch === '\\') {
      const rest = source.slice(i + 1);
      let m: RegExpExecArray | null;
      let len: number;
      if ((m = /^[1-9]\d*/.exec(rest))) {
        last = { kind: 'backref', ref: Number(m[0]), quantified: false, parent: cur };
        len = 1 + m[0].length;
      } else if ((m = /^k<([^>]+)>/.exec(rest))) {
        last = { kind: 'backref', ref: m[1]!, quantified: false, parent: cur };
        len = 1 + m[0].length;
      } else {
        m = /^(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[\s\S])/.exec(rest);
        len = 1 + (m ? m[0].length : 0);
        last = { kind: 'atom', quantified: false, parent: cur };
      }
      cur.children.push(last);
      rewritten += source.slice(i, i + len);
      i += len;
      continue;
    }
    if (ch === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++; // a leading ] is literal (non-unicode mode)
      while (j < n && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      last = { kind: 'atom', quantified: false, parent: cur };
      cur.children.push(last);
      rewritten += source.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '(') {
      let opener = '(';
      let g: GroupNode;
      if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
        opener = source.slice(i, i + 4);
        rewritten += `(?${opener[3]}`;
        g = { kind: 'group', children: [], quantified: false, parent: cur };
      } else if (source.startsWith('(?<', i)) {
        const m = /^\(\?<([^>]+)>/.exec(source.slice(i))!;
        opener = m[0];
        rewritten += opener;
        g = { kind: 'group', index: ++captureCount, name: m[1]!, children: [], quantified: false, parent: cur };
      } else if (source.startsWith('(?', i)) {
        opener = source.slice(i, i + 3);
        rewritten += opener;
        g = { kind: 'group', children: [], quantified: false, parent: cur };
      } else {
        rewritten += opener;
        g = { kind: 'group', index: ++captureCount, children: [], quantified: false, parent: cur };
      }
      cur.children.push(g);
      groups.push(g);
      cur = g;
      last = undefined;
      i += opener.length;
      continue;
    }
    if (ch === ')') {
      last = cur;
      cur = cur.parent ?? root;
      rewritten += ch;
      i++;
      continue;
    }
    const q = QUANT.exec(source.slice(i));
    if (q && last) {
      last.quantified = true;
      rewritten += q[0];
      i += q[0].length;
      continue;
    }
    if (ch !== '|' && ch !== '^' && ch !== '$') {
      last = { kind: 'atom', quantified: false, parent: cur };
      cur.children.push(last);
    } else last = undefined;
    rewritten += ch;
    i++;
  }

  const hasQuantifier = (g: GroupNode): boolean => g.children.some((c) => c.quantified || (c.kind === 'group' && hasQuantifier(c)));
  const problems: string[] = [];
  const walk = (node: RegexNode): void => {
    if (node.kind === 'group') {
      node.children.forEach(walk);
      return;
    }
    if (node.kind !== 'backref') return;
    const label = typeof node.ref === 'number' ? `\\${node.ref}` : `\\k<${node.ref}>`;
    if (node.quantified) problems.push(`back-reference ${label} is quantified`);
    for (let g: GroupNode | undefined = node.parent; g; g = g.parent) {
      if (g.quantified) {
        problems.push(`back-reference ${label} sits inside a quantified group`);
        break;
      }
    }
    const target = groups.find((g) => (typeof node.ref === 'number' ? g.index === node.ref : g.name === node.ref));
    if (target && (target.quantified || hasQuantifier(target))) problems.push(`back-reference ${label} refers to a group with a quantifier`);
  };
  walk(root);
  return { lookbehindAsLookahead: rewritten, backrefProblems: problems };
}
