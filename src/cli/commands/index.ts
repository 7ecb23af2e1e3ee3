/**
 * The CLI's subcommands, one file each. Adding a command is one file and one line here.
 * @module
 */
import type { CliCommand } from '../main.js';
import { scrubCommand } from './scrub.js';
import { demoCommand } from './demo.js';
import { runCommand } from './run.js';
import { sqlCommand } from './sql.js';
import { checkCommand } from './check.js';
import { reviewCommand, suggestAllowlistCommand } from './review.js';

/** Every subcommand, in help order. */
export const commands: readonly CliCommand[] = [demoCommand, runCommand, scrubCommand, checkCommand, reviewCommand, suggestAllowlistCommand, sqlCommand];
