/**
 * `ehr-deid review --release DIR --secrets DIR [--sample N]`: writes the review page of a run
 * (one offline HTML file, owner-only) into its secrets folder, never elsewhere: it shows PHI.
 *
 * `ehr-deid suggest-allowlist MARKS.jsonl [--out FILE]`: turns the over-scrubs of exported
 * review marks into allow-list suggestions.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DeidError } from '../../errors.js';
import { writeReviewPage } from '../../review/writeReviewPage.js';
import { formatAllowlistSuggestions, suggestAllowlist } from '../../review/suggestAllowlist.js';
import type { CliCommand } from '../main.js';

/** `ehr-deid review`. */
export const reviewCommand: CliCommand = {
  name: 'review',
  register(program: Command, io, setExit) {
    program
      .command('review')
      .description('write the human-review page of a run (offline HTML, into the secrets folder only: it shows PHI)')
      .requiredOption('--release <dir>', 'release folder of the run')
      .requiredOption('--secrets <dir>', 'secrets folder of the run (holds its review sample; receives the page)')
      .option('--sample <n>', 'notes to show (default 50)')
      .action((o: { release: string; secrets: string; sample?: string }) => {
        if (o.sample !== undefined && !/^\d{1,6}$/.test(o.sample)) {
          throw new DeidError('CONFIG_INVALID', '--sample must be a whole number', { issues: [{ path: '--sample', message: 'expected an integer from 1 to 100000' }] });
        }
        const r = writeReviewPage({ release: resolve(io.cwd, o.release), secrets: resolve(io.cwd, o.secrets), ...(o.sample !== undefined ? { sample: Number(o.sample) } : {}) });
        io.stderr.write(
          `ehr-deid review: ${r.shown} notes (of ${r.pool} kept by the run) in ${r.path}\n` +
            '  Open it in a browser (it works offline). It shows PHI: keep it, and the marks you export, in the secrets folder.\n' +
            '  Mark missed PHI (select, then m) and over-scrubs (click), export with e; then: ehr-deid suggest-allowlist <marks.jsonl>\n',
        );
        setExit(0);
      });
  },
};

/** `ehr-deid suggest-allowlist`. */
export const suggestAllowlistCommand: CliCommand = {
  name: 'suggest-allowlist',
  register(program: Command, io, setExit) {
    program
      .command('suggest-allowlist')
      .description('turn the over-scrubs of exported review marks into allow-list suggestions')
      .argument('<marks>', 'marks exported from the review page (JSONL)')
      .option('--out <file>', 'write the suggestions here (default: stdout)')
      .action((marks: string, o: { out?: string }) => {
        let text: string;
        try {
          text = readFileSync(resolve(io.cwd, marks), 'utf8');
        } catch (cause) {
          throw new DeidError('IO_FAILED', 'cannot read the marks file', { location: { file: marks }, cause });
        }
        const suggestions = suggestAllowlist(text, marks);
        const out = formatAllowlistSuggestions(suggestions);
        if (o.out) writeFileSync(resolve(io.cwd, o.out), out);
        else io.stdout.write(out);
        io.stderr.write(`ehr-deid: ${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}; check each before adding it to an allow list (--allowlist files, see allowlists/README.md)\n`);
        setExit(0);
      });
  },
};
