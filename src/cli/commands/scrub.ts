// PLACEHOLDER: owned by the helper implementing `ehr-deid scrub`; replace this whole file.
import type { CliCommand } from '../main.js';

/** `ehr-deid scrub` (not implemented yet). */
export const scrubCommand: CliCommand = {
  name: 'scrub',
  register(program) {
    program.command('scrub').description('(not implemented yet)');
  },
};
