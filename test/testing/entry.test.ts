import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(__dirname, '..', '..', 'src');

describe('ehr-deid/testing entry', () => {
  it('never imports a test framework (only the expect passed in is used)', () => {
    for (const f of readdirSync(join(src, 'testing'))) {
      // Code only: TSDoc examples may show `import { expect } from 'vitest'`.
      const text = readFileSync(join(src, 'testing', f), 'utf8')
        .split('\n')
        .filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l))
        .join('\n');
      expect(text, f).not.toMatch(/from ['"](vitest|jest|@jest\/[a-z-]+|@vitest\/[a-z-]+)['"]/);
    }
  });
  it('is not re-exported from the main entry', () => {
    expect(readFileSync(join(src, 'index.ts'), 'utf8')).not.toMatch(/testing/);
  });
});
