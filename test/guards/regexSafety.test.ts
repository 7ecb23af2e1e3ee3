/**
 * Guard: every regular expression written in `src/` is safe against catastrophic backtracking.
 *
 * 1. Static: every regex literal and `new RegExp('<literal>')` passes `safe-regex2` (star height
 *    ≤ 1, at most 25 quantifiers) and uses no back-reference together with a quantifier.
 * 2. Dynamic: every such regex runs over 100 KB adversarial strings within a generous bound
 *    (this guards against hangs; it is not a benchmark). Runs in a worker that is terminated at
 *    the bound, so a catastrophic pattern fails the test instead of hanging it.
 *
 * 3. Regexes built from computed strings (`new RegExp(\`...${x}...\`)`) are captured as their
 *    modules load (the global RegExp constructor is wrapped meanwhile) and get both checks.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import safeRegex from 'safe-regex2';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRegexes, type RunOutcome } from './_regexRunner.js';
import { findRegexes, findRegexesIn, readPattern, type DynamicRegex, type FoundRegex } from './_regexSource.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Patterns exempt from the static check, keyed `file:pattern` (file relative to the repo root,
 * pattern as written between the slashes). Only for patterns proven linear by an adversarial
 * test in their module; each entry needs a comment naming that test. Empty by default.
 */
const STATIC_EXEMPT: ReadonlySet<string> = new Set<string>([]);

/**
 * `file:line` of RegExps built from computed strings inside functions (so not at module load,
 * where the guard captures them). Each entry needs a comment naming the adversarial test that
 * covers it. Empty by default.
 */
const CALL_TIME_EXEMPT: ReadonlySet<string> = new Set<string>([]);

/** Generous bound per regex per 100 KB string: a hang guard, not a benchmark. */
const BOUND_MS = 2000;
const SIZE = 100_000;

const repeat = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
/** Inputs that make naive patterns over digits, dates, names, punctuation and spacing blow up. */
const ADVERSARIAL: readonly { name: string; text: string }[] = [
  { name: 'digits', text: repeat('1234567890') },
  { name: 'a×N', text: repeat('a') },
  { name: '/×N', text: repeat('/') },
  { name: '-×N', text: repeat('-') },
  { name: '.×N', text: repeat('.') },
  { name: '( ×N', text: repeat('( ') },
  { name: 'spaces', text: repeat(' ') },
  { name: 'spaces+tabs+newlines', text: repeat(' \t\n') },
  { name: '1/×N', text: repeat('1/') },
  { name: 'Aa ×N', text: repeat('Aa ') },
  { name: 'UPPER words', text: repeat('ABCDEF ') },
  { name: 'digits then !', text: `${repeat('9').slice(1)}!` },
];

// safe-regex2's parser (ret), used only to explain *why* a pattern was rejected.
const ret = createRequire(createRequire(import.meta.url).resolve('safe-regex2'))('ret') as ((s: string) => unknown) & { types: Record<string, number> };

interface RetNode {
  type: number;
  min?: number;
  max?: number;
  value?: RetNode | RetNode[];
  stack?: RetNode[];
  options?: RetNode[][];
}

/** Why safe-regex2 rejects `pattern` (already rewritten without lookbehinds). */
function explain(pattern: string): string {
  let tree: RetNode;
  try {
    tree = ret(pattern) as RetNode;
  } catch (e) {
    return `safe-regex2 cannot parse it (${(e as Error).message.slice(0, 80)})`;
  }
  let reps = 0;
  let maxAll = 0;
  let maxUnbounded = 0;
  const walk = (node: RetNode, all: number, unbounded: number): void => {
    if (node.type === ret.types.REPETITION) {
      reps++;
      all++;
      if (node.max === Infinity) unbounded++;
      maxAll = Math.max(maxAll, all);
      maxUnbounded = Math.max(maxUnbounded, unbounded);
    }
    const kids: RetNode[][] = [];
    if (node.options) kids.push(...node.options);
    if (node.stack) kids.push(node.stack);
    if (node.value && !Array.isArray(node.value) && typeof node.value === 'object') {
      const v = node.value;
      if (v.options) kids.push(...v.options);
      if (v.stack) kids.push(v.stack);
      if (!v.options && !v.stack) kids.push([v]);
    }
    for (const list of kids) for (const k of list) walk(k, all, unbounded);
  };
  walk(tree, 0, 0);
  const why: string[] = [];
  if (maxUnbounded > 1) why.push('nested unbounded quantifiers (star height ≥ 2 with * / + / {n,})');
  else if (maxAll > 1) why.push('a quantifier nested in a quantified group (counting ? and bounded {m,n}; safe-regex2 treats them as stars)');
  if (reps > 25) why.push(`${reps} quantifiers (safe-regex2 allows 25)`);
  return why.join('; ') || 'rejected by safe-regex2';
}

interface StaticOffender {
  readonly where: string;
  readonly pattern: string;
  readonly problem: string;
  /** True when the pattern nests unbounded quantifiers (the classic exponential shape). */
  readonly nestedUnbounded: boolean;
  readonly kind: 'safe-regex2' | 'back-reference';
}

function staticOffenders(found: readonly FoundRegex[]): StaticOffender[] {
  const out: StaticOffender[] = [];
  for (const r of found) {
    if (STATIC_EXEMPT.has(`${r.file}:${r.source}`)) continue;
    const shape = readPattern(r.source);
    // safe-regex2's parser (ret 0.5) cannot read lookbehinds and calls any pattern with one
    // unsafe. A lookbehind has the same structure as a lookahead, and star height and quantifier
    // count are all safe-regex2 measures, so the pattern is checked with them turned round.
    if (!safeRegex(shape.lookbehindAsLookahead)) {
      const problem = explain(shape.lookbehindAsLookahead);
      out.push({ where: r.where, pattern: r.source, problem, nestedUnbounded: problem.startsWith('nested unbounded') || problem.startsWith('safe-regex2 cannot parse'), kind: 'safe-regex2' });
    }
    for (const p of shape.backrefProblems) out.push({ where: r.where, pattern: r.source, problem: p, nestedUnbounded: false, kind: 'back-reference' });
  }
  return out;
}

const clip = (s: string, n = 140): string => (s.length > n ? `${s.slice(0, n)}…` : s);
const formatStatic = (os: readonly StaticOffender[]): string => os.map((o) => `  ${o.where} /${clip(o.pattern)}/ — ${o.problem}`).join('\n');

describe('regexes in src/ are linear (static)', () => {
  let found: FoundRegex[];
  beforeAll(() => {
    ({ found } = findRegexesIn(`${root}src`, root));
  });

  it('finds the regexes of src/ (the guard is not vacuous)', () => {
    expect(found.length).toBeGreaterThan(50);
    expect(found.some((r) => r.kind === 'literal')).toBe(true);
  });

  it('no regex nests unbounded quantifiers (star height ≥ 2 with * / + / {n,}), the exponential shape', () => {
    const offenders = staticOffenders(found).filter((o) => o.nestedUnbounded);
    expect(offenders.length, `regexes with nested unbounded quantifiers (${offenders.length}):\n${formatStatic(offenders)}\n`).toBe(0);
  });

  it('no regex combines a back-reference with a quantifier', () => {
    const offenders = staticOffenders(found).filter((o) => o.kind === 'back-reference');
    expect(offenders.length, `regexes with quantified back-references (${offenders.length}):\n${formatStatic(offenders)}\n`).toBe(0);
  });

  // safe-regex2's own verdict is not asserted: it counts `?` and bounded `{m,n}` as stars, so it
  // rejects linear shapes such as (?:-\d{4})? that the detectors use everywhere. The two tests
  // above assert the shapes that really backtrack, and the dynamic tests below run every regex
  // on adversarial input under a time bound.

  it('the static exemption list only names patterns that still exist', () => {
    const present = new Set(found.map((r) => `${r.file}:${r.source}`));
    expect([...STATIC_EXEMPT].filter((k) => !present.has(k))).toEqual([]);
  });
});

describe('the static regex check itself', () => {
  const check = (source: string, flags = ''): string[] =>
    staticOffenders(findRegexes(`${root}src/x.ts`, `const r = /${source}/${flags};`, root).found).map((o) => o.problem);

  it.each([
    ['(a+)+$', /nested unbounded/],
    ['(\\d*)*x', /nested unbounded/],
    ['(?<![a-z])(x+)+y', /nested unbounded/],
    ['(["\'])(?:\\w+\\1)*', /back-reference \\1 sits inside a quantified group/],
    ['(a+)\\1', /back-reference \\1 refers to a group with a quantifier/],
    ['(a)\\1+', /back-reference \\1 is quantified/],
    ['(?<q>a+)\\k<q>', /back-reference \\k<q> refers to a group with a quantifier/],
  ])('rejects /%s/', (source, problem) => {
    const problems = check(source);
    expect(problems.some((p) => problem.test(p)), problems.join(' | ')).toBe(true);
  });

  it.each(['\\d{1,12}', '(?<![\\w-])\\d{5}(?![\\w-])', '(\\d)-\\1', 'a+b', '^(?:[A-Z][a-z]{1,20})$'])('accepts /%s/', (source) => {
    expect(check(source)).toEqual([]);
  });

  it('finds new RegExp with literal pattern and flags, and reports computed ones as dynamic', () => {
    const r = findRegexes(`${root}src/x.ts`, "const a = new RegExp('a+b', 'gi'); const b = RegExp(\"c\"); const c = new RegExp(`x${y}`);", root);
    expect(r.found.map((f) => [f.source, f.flags, f.kind])).toEqual([
      ['a+b', 'gi', 'new RegExp'],
      ['c', '', 'new RegExp'],
    ]);
    expect(r.dynamic).toHaveLength(1);
  });
});

/** A RegExp constructed from a computed string while its module loaded, with the site that built it. */
type CapturedRegex = FoundRegex;

/**
 * Imports the modules that build RegExps from computed strings, with the global RegExp
 * constructor wrapped so every construction made at module load is recorded with the source
 * line that made it. Constructions made later (inside functions) are not seen.
 */
async function captureComputedRegexes(dynamic: readonly DynamicRegex[]): Promise<CapturedRegex[]> {
  const sites = new Set(dynamic.map((d) => d.where));
  const files = [...new Set(dynamic.map((d) => d.where.replace(/:\d+$/, '')))];
  const captured: CapturedRegex[] = [];
  const Original = globalThis.RegExp;
  const frame = new Original(`${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(src/[^:)]+\\.ts):(\\d+)`);
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: unknown[], newTarget) {
      const made = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp;
      if (typeof args[0] === 'string') {
        const m = frame.exec(new Error().stack ?? '');
        if (m) {
          const where = `${m[1]}:${m[2]}`;
          if (sites.has(where)) captured.push({ where, file: m[1]!, line: Number(m[2]), source: made.source, flags: made.flags, kind: 'new RegExp' });
        }
      }
      return made;
    },
  });
  try {
    for (const f of files) await import(/* @vite-ignore */ `${root}${f}`);
  } finally {
    globalThis.RegExp = Original;
  }
  return captured;
}

describe('RegExps built from computed strings, captured as their modules load', () => {
  let dynamic: DynamicRegex[];
  let captured: CapturedRegex[];
  beforeAll(async () => {
    ({ dynamic } = findRegexesIn(`${root}src`, root));
    captured = await captureComputedRegexes(dynamic);
  }, 60_000);

  it('every RegExp built from a computed string is built at module load, where this guard can check it', () => {
    expect(dynamic.length, 'the source scan finds the computed RegExps of the detectors').toBeGreaterThan(0);
    const seen = new Set(captured.map((c) => c.where));
    const unseen = dynamic.filter((d) => !seen.has(d.where) && !CALL_TIME_EXEMPT.has(d.where));
    expect(unseen.length, `computed RegExps built at call time (unchecked; hoist them to module level or exempt them with a reason):\n${unseen.map((d) => `  ${d.where} ${d.text}`).join('\n')}\n`).toBe(0);
  });

  it('no captured RegExp nests unbounded quantifiers or quantifies a back-reference', () => {
    const offenders = staticOffenders(captured).filter((o) => o.nestedUnbounded || o.kind === 'back-reference');
    expect(offenders.length, `computed RegExps that may backtrack catastrophically (${offenders.length}):\n${formatStatic(offenders)}\n`).toBe(0);
  });

  it(`every captured RegExp scans each adversarial string within ${BOUND_MS} ms`, async () => {
    const outcomes = await runRegexes(captured, ADVERSARIAL, BOUND_MS);
    const slow = slowOnes(captured, outcomes);
    expect(slow.length, `computed RegExps too slow on adversarial input:\n${slow.join('\n')}\n`).toBe(0);
  }, 120_000);
});

function slowOnes(found: readonly FoundRegex[], outcomes: readonly RunOutcome[]): string[] {
  const slow: string[] = [];
  outcomes.forEach((o, i) => {
    const r = found[i]!;
    if (o.error) slow.push(`  ${r.where} /${clip(r.source)}/${r.flags} — does not compile: ${o.error}`);
    for (const [input, t] of Object.entries(o.times)) {
      if (t === 'timeout' || t > BOUND_MS) slow.push(`  ${r.where} /${clip(r.source)}/${r.flags} — on "${input}" (${SIZE} chars): ${t === 'timeout' ? `still running after ${BOUND_MS} ms (stopped)` : `${Math.round(t)} ms`}`);
    }
  });
  return slow;
}

describe('regexes in src/ finish on 100 KB adversarial input (dynamic)', () => {
  it(`every regex literal and new RegExp(literal) scans each adversarial string within ${BOUND_MS} ms`, async () => {
    const { found } = findRegexesIn(`${root}src`, root);
    const outcomes = await runRegexes(found, ADVERSARIAL, BOUND_MS);
    const slow = slowOnes(found, outcomes);
    expect(slow.length, `regexes too slow on adversarial input:\n${slow.join('\n')}\n`).toBe(0);
  }, 240_000);

  it('the runner stops a catastrophic regex at the bound instead of hanging', async () => {
    const [bad, good] = await runRegexes(
      [
        { source: '^(a+)+$', flags: '' },
        { source: 'a', flags: '' },
      ],
      [{ name: 'a×40!', text: `${'a'.repeat(40)}!` }],
      300,
    );
    expect(bad!.times['a×40!']).toBe('timeout');
    expect(typeof good!.times['a×40!']).toBe('number');
  });
});
