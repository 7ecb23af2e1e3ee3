/**
 * Module layering (issue 12, "Shape"): the text scrubber does not depend on the tables pipeline,
 * `generateSql` and `deidentifyTables` share the phases without importing each other, and the
 * phases do not reach back into either entry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The repository-relative `.ts` files a source file imports or re-exports (type-only included), relative specifiers only. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    out.push(relative(root, resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts'))));
  }
  return out;
}

describe('module layering', () => {
  it('finds the imports it looks for (the scan is not vacuous)', () => {
    expect(imports(join(src, 'tables', 'deidentifyTables.ts'))).toContain('src/tables/phases/stage.ts');
    expect(imports(join(src, 'tables', 'generateSql.ts'))).toContain('src/tables/phases/stage.ts');
  });

  it('nothing under src/text imports from src/tables', () => {
    const bad = files(join(src, 'text')).flatMap((f) => imports(f).filter((i) => i.startsWith('src/tables/')).map((i) => `${relative(root, f)} -> ${i}`));
    expect(bad).toEqual([]);
  });

  it('generateSql and deidentifyTables do not import each other, not even a type', () => {
    expect(imports(join(src, 'tables', 'generateSql.ts'))).not.toContain('src/tables/deidentifyTables.ts');
    expect(imports(join(src, 'tables', 'deidentifyTables.ts'))).not.toContain('src/tables/generateSql.ts');
  });

  it('the phases import neither entry', () => {
    const entries = ['src/tables/deidentifyTables.ts', 'src/tables/generateSql.ts', 'src/tables/index.ts'];
    const bad = files(join(src, 'tables', 'phases')).flatMap((f) => imports(f).filter((i) => entries.includes(i)).map((i) => `${relative(root, f)} -> ${i}`));
    expect(bad).toEqual([]);
  });
});
