/**
 * `npm run forms`: prints the surface-form matrix of issue 10 for humans: union recall per cell
 * (context × note family) for every PHI form, then the negatives (`ok` = left untouched).
 *
 *   npm run forms               # the grid
 *   npm run forms -- --misses   # also every missed token, cell by cell
 *   npm run forms -- --gaps     # a KNOWN_GAPS literal for test/text/surfaceForms.test.ts
 */
import { createScrubber } from '../../src/index.js';
import { CELLS, CELL_TARGET, CONTEXTS, FAMILIES, runForms, runNegatives, type CellResult } from './surfaceForms.data.js';

const args = process.argv.slice(2);
const scrubber = createScrubber();
const scrub = (t: string): ReturnType<typeof scrubber.scrub> => scrubber.scrub(t);
const forms = runForms(scrub);
const negatives = runNegatives(scrub);

if (args.includes('--gaps')) {
  const lines: string[] = [];
  for (const table of [forms, negatives]) {
    for (const [key, cells] of table) {
      const failing = CELLS.filter((c) => cells.get(c)!.recall < CELL_TARGET);
      if (failing.length) lines.push(`  ${key.includes("'") ? JSON.stringify(key) : `'${key}'`}: '${failing.join(' ')}',`);
    }
  }
  process.stdout.write(`const KNOWN_GAPS: Readonly<Record<string, string>> = {\n${lines.join('\n')}\n};\n`);
  process.exit(0);
}

const cell = (r: CellResult, negative: boolean): string => (negative ? (r.recall === 1 ? '  ok' : ' hit') : r.recall >= CELL_TARGET ? '   ✓' : `${Math.round(100 * r.recall)}`.padStart(4));
const width = Math.max(...[...forms.keys(), ...negatives.keys()].map((k) => k.length));
process.stdout.write(`contexts: ${Object.entries(CONTEXTS).map(([k, v]) => `${k} = ${v}`).join(', ')}; families: ${Object.entries(FAMILIES).map(([k, v]) => `${k} = ${v}`).join(', ')}\n`);
process.stdout.write(`${''.padEnd(width)} ${CELLS.map((c) => c.padStart(4)).join('')}   cells below ${CELL_TARGET * 100}%\n`);
let failing = 0;
for (const [table, negative] of [[forms, false], [negatives, true]] as const) {
  for (const [key, cells] of table) {
    const bad = CELLS.filter((c) => cells.get(c)!.recall < CELL_TARGET).length;
    failing += bad;
    process.stdout.write(`${key.padEnd(width)} ${CELLS.map((c) => cell(cells.get(c)!, negative)).join('')}   ${bad || ''}\n`);
    if (args.includes('--misses')) for (const c of CELLS) for (const m of cells.get(c)!.missed) process.stdout.write(`    ${c}: ${m}\n`);
  }
}
const total = (forms.size + negatives.size) * CELLS.length;
process.stdout.write(`\n${failing} of ${total} cells below target (${forms.size} forms, ${negatives.size} negatives, ${CELLS.length} cells each)\n`);
