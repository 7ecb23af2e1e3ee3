/**
 * `ehr-deid demo [--out DIR]`: de-identifies the bundled synthetic extract with the bundled
 * config, using a fixed, public demo key.
 *
 * @module
 */
import type { Command } from 'commander';
import { packagePath } from '../../_lib/packageRoot.js';
import type { CliCommand } from '../main.js';
import { parseWorkers, runRelease } from './run.js';
import { DEMO_KEY } from '../../_lib/key.js';

export { DEMO_KEY } from '../../_lib/key.js';

/** `ehr-deid demo`. */
export const demoCommand: CliCommand = {
  name: 'demo',
  register(program: Command, io, setExit) {
    program
      .command('demo')
      .description('de-identify the bundled synthetic demo extract into ./deid-demo-out')
      .option('--out <dir>', 'release folder', 'deid-demo-out')
      .option('--secrets <dir>', 'secrets folder (default: <out>-secrets)')
      .option('--workers <n>', 'scrubber worker threads (default: all cores)')
      .action(async (o: { out: string; secrets?: string; workers?: string }) => {
        const workers = parseWorkers(o.workers);
        io.stderr.write('ehr-deid demo: using the fixed, PUBLIC demo key (anyone can reproduce these ids and offsets). Never use demo mode for real data.\n');
        const secrets = o.secrets ?? `${o.out.replace(/[/\\]+$/, '')}-secrets`;
        const result = await runRelease(io, {
          config: packagePath('examples', 'demo-config.json'),
          input: packagePath('examples', 'demo-data'),
          out: o.out,
          secrets,
          key: DEMO_KEY,
          demo: true,
          ...(workers !== undefined ? { workers } : {}),
        });
        const known = Object.entries(result.report.phi.bySource).some(([s]) => s.startsWith('known/'));
        io.stderr.write(
          `Next: ehr-deid check ${o.out} --config ${packagePath('examples', 'demo-config.json')} --source ${packagePath('examples', 'demo-data')}\n` +
            (known ? `Next: known identifiers ("patients.identifiers" and "staff" in ${packagePath('examples', 'demo-config.json')}): each patient's own names, MRN, phone, address and birth date, and staff names, searched in the notes (found above)\n` : '') +
            `Next: ehr-deid review --release ${o.out} --secrets ${secrets}   (a page to review the scrubbing, written into the secrets folder)\n`,
        );
        setExit(0);
      });
  },
};
