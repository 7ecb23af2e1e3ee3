// PLACEHOLDER: owned by the helper implementing `ehr-deid sql`; replace this whole file.
import type { CliCommand } from '../main.js';

/** `ehr-deid sql` (not implemented yet). */
export const sqlCommand: CliCommand = {
  name: 'sql',
  register(program) {
    program.command('sql').description('(not implemented yet)');
  },
};
