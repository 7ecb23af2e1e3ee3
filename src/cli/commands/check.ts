// PLACEHOLDER: owned by the helper implementing `ehr-deid check`; replace this whole file.
import type { CliCommand } from '../main.js';

/** `ehr-deid check` (not implemented yet). */
export const checkCommand: CliCommand = {
  name: 'check',
  register(program) {
    program.command('check').description('(not implemented yet)');
  },
};
