// PLACEHOLDER: owned by the helper implementing `ehr-deid run`; replace this whole file.
import type { CliCommand } from '../main.js';

/** `ehr-deid run` (not implemented yet). */
export const runCommand: CliCommand = {
  name: 'run',
  register(program) {
    program.command('run').description('(not implemented yet)');
  },
};
