/**
 * Prints synthetic training notes with their spans bracketed (`[[NAME:John]]`), for eyeballing.
 *
 *   node --import tsx src/text/detectors/nlp/train/corpus/dump.ts --count 20 --seed x [--family nursing] [--stats]
 *
 * @internal
 */
import { generateTrainingNotes, NOTE_FAMILIES, type NoteFamily, type SyntheticNote } from './index.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * @param note - a note
 * @returns its text with every span bracketed
 */
export function bracketed(note: SyntheticNote): string {
  let out = '';
  let at = 0;
  for (const s of note.spans) {
    out += note.text.slice(at, s.start) + `[[${s.type}:${note.text.slice(s.start, s.end)}]]`;
    at = s.end;
  }
  return out + note.text.slice(at);
}

const count = Number(arg('--count') ?? '20');
const seed = arg('--seed') ?? 'x';
const fam = arg('--family');
const families = fam ? (fam.split(',').filter((f) => (NOTE_FAMILIES as readonly string[]).includes(f)) as NoteFamily[]) : undefined;
const t0 = performance.now();
const notes = generateTrainingNotes(count, seed, families ? { families } : {});
const ms = performance.now() - t0;
if (process.argv.includes('--stats')) {
  const by = new Map<string, { n: number; chars: number; spans: number }>();
  const types = new Map<string, number>();
  for (const n of notes) {
    const e = by.get(n.family) ?? { n: 0, chars: 0, spans: 0 };
    e.n++;
    e.chars += n.text.length;
    e.spans += n.spans.length;
    by.set(n.family, e);
    for (const s of n.spans) types.set(s.type, (types.get(s.type) ?? 0) + 1);
  }
  const total = notes.reduce((a, n) => a + n.text.length, 0);
  process.stdout.write(`${notes.length} notes, ${(total / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s\n`);
  for (const [f, e] of by) process.stdout.write(`  ${f}: ${e.n} notes, mean ${Math.round(e.chars / e.n)} chars, ${(e.spans / e.n).toFixed(1)} spans/note\n`);
  process.stdout.write(`  spans: ${[...types].map(([t, n]) => `${t} ${n}`).join(', ')}\n`);
} else {
  for (const n of notes) process.stdout.write(`===== ${n.family} (${n.text.length} chars, ${n.spans.length} spans)\n${bracketed(n)}\n`);
}
