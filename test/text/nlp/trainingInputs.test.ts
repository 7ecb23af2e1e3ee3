import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A tripwire for the shipped model: `npm run train` must reproduce `model/weights.bin` byte for
 * byte, so the files it reads from this repository (the generator's templates and pools, the
 * training scripts, the feature code, the allow lists whose words are a feature, and the lexicons) are pinned by
 * one hash (the hand-written sets of `test/handwritten/` too). Changing any of them without retraining leaves a model that no longer comes from its
 * sources (a session once carried a template change into an unrelated commit). When you retrain
 * on purpose, update the hash in the same commit as the new weights; to add allow-list words
 * without retraining, use the post-training lists (`eponyms-radiology.txt`, `exam-terms.txt`,
 * `drugs-brands.txt`, `spanish-words.txt`…), which the labeller does not read.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const TRAINING_DIRS = ['src/text/detectors/nlp/train', 'src/text/detectors/nlp/train/corpus', 'allowlists/lexicons', 'test/handwritten'];
const TRAINING_FILES = ['src/text/detectors/nlp/_seqFeatures.ts', 'allowlists/eponyms.txt', 'allowlists/drugs.txt', 'allowlists/abbreviations.txt', 'allowlists/clinical-words.txt', 'allowlists/clinical-terms.txt'];
const PINNED = '80a16076073cb606';

function inputsHash(): { hash: string; files: string[] } {
  const files = [...TRAINING_FILES];
  // (the hand-written sets' folder holds its test and reader too: only its texts are read by training)
  for (const d of TRAINING_DIRS) for (const f of readdirSync(join(root, d)).sort()) if (d.startsWith('test/') ? f.endsWith('.txt') : /\.(ts|txt)$/.test(f)) files.push(`${d}/${f}`);
  files.sort();
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f + '\0');
    // line endings as committed: a checkout with CRLF reads the same
    h.update(readFileSync(join(root, f), 'utf8').replace(/\r\n/g, '\n'));
    h.update('\0');
  }
  return { hash: h.digest('hex').slice(0, 16), files };
}

describe('the shipped model and its training inputs', () => {
  it('reads the training inputs it was trained from (retrain, or use a post-training list, when this fails)', () => {
    const { hash, files } = inputsHash();
    expect(files.length).toBeGreaterThan(20);
    expect(hash, `training inputs changed (${files.length} files): retrain with npm run train and update the hash, or revert`).toBe(PINNED);
  });
});
