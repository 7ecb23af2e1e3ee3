// PLACEHOLDER: owned by the helper implementing `ehr-deid demo`; replace this whole file.
import type { CliCommand } from '../main.js';

/** `ehr-deid demo` (not implemented yet). */
export const demoCommand: CliCommand = {
  name: 'demo',
  register(program) {
    program.command('demo').description('(not implemented yet)');
  },
};
