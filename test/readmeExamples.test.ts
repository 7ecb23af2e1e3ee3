/**
 * Every TypeScript example of the README compiles under the project's strict settings, as a
 * user would write it against the package (`ehr-deid`, `ehr-deid/text`, `ehr-deid/testing`
 * mapped to the sources). A fragment that uses names it does not define declares them in an
 * HTML comment on the line before its fence: `<!-- ts-prelude: declare const notes: string[]; -->`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const tmp = join(root, `.readme-examples-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The README's ```ts blocks, each with the declarations its comment gives. */
function examples(): { line: number; code: string }[] {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  const out: { line: number; code: string }[] = [];
  const re = /(?:<!-- ts-prelude: ([^\n]*?) -->\n)?```ts\n([\s\S]*?)```/g;
  for (const m of text.matchAll(re)) out.push({ line: text.slice(0, m.index).split('\n').length, code: `${m[1] ? `${m[1]}\n` : ''}${m[2]}\nexport {};\n` });
  return out;
}

describe('README examples', () => {
  it('compile with tsc --strict against the package entries', () => {
    const blocks = examples();
    expect(blocks.length).toBeGreaterThan(5);
    mkdirSync(tmp, { recursive: true });
    const files = blocks.map((b, i) => {
      const f = join(tmp, `example-${i}-line-${b.line}.ts`);
      writeFileSync(f, b.code);
      return f;
    });
    const configPath = ts.findConfigFile(root, (f) => ts.sys.fileExists(f), 'tsconfig.json') as string;
    const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, (f) => ts.sys.readFile(f)).config, ts.sys, root);
    const options: ts.CompilerOptions = {
      ...parsed.options,
      noEmit: true,
      baseUrl: root,
      paths: { 'ehr-deid': ['src/index.ts'], 'ehr-deid/text': ['src/textEntry.ts'], 'ehr-deid/testing': ['src/testing/index.ts'] },
    };
    const program = ts.createProgram({ rootNames: files, options });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && d.file.fileName.startsWith(tmp))
      .map((d) => `${d.file!.fileName.slice(tmp.length + 1)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(problems).toEqual([]);
  }, 120_000);
});
