/**
 * Checks made before a run touches anything: the key is not the public demo key, the release,
 * secrets and input folders do not overlap on disk (real paths, through any symbolic link), and
 * every source file lies inside the input folder and never in the secrets folder.
 *
 * @internal
 */
import { isAbsolute, resolve } from 'node:path';
import { DeidError, type DeidIssue } from '../errors.js';
import { isDemoKey } from '../_lib/key.js';
import { pathInside, realPath } from '../_lib/files.js';
import type { ReleaseConfig } from './config.js';

/**
 * Refuses the public demo key outside demo runs.
 *
 * @param key - the run key
 * @param demo - whether this is a demo run
 * @throws DeidError `KEY_INVALID`
 */
export function checkNotDemoKey(key: string | Uint8Array, demo: boolean): void {
  if (!demo && isDemoKey(key)) {
    throw new DeidError('KEY_INVALID', 'this is the public demo key: anyone can reproduce its ids and offsets, so it is refused outside `ehr-deid demo`; use a secret key of your own');
  }
}

/** Real paths of a run's folders. */
export interface RunFolders {
  readonly out: string;
  readonly secrets: string;
  readonly input: string;
}

const overlap = (a: string, b: string): boolean => pathInside(a, b) || pathInside(b, a);

/**
 * Checks that the release, secrets and input folders do not overlap, comparing real paths (of
 * the nearest existing ancestor), so a symbolic link cannot put the secrets in the release.
 *
 * @param outDir - the release folder (undefined: no release is published, `ehr-deid sql`)
 * @param secretsDir - the secrets folder
 * @param input - the input folder
 * @returns the real paths
 * @throws DeidError `IO_FAILED` naming the folder
 */
export function checkFolders(outDir: string | undefined, secretsDir: string, input: string): RunFolders {
  const secrets = realPath(secretsDir);
  const inp = realPath(input);
  const out = outDir === undefined ? '' : realPath(outDir);
  if (outDir !== undefined && (overlap(secrets, out) || overlap(resolve(secretsDir), resolve(outDir)))) {
    throw new DeidError('IO_FAILED', 'the secrets folder and the release folder must not contain each other (compared through symbolic links)', { location: { file: secretsDir } });
  }
  if (outDir !== undefined && (overlap(out, inp) || overlap(resolve(outDir), resolve(input)))) {
    throw new DeidError('IO_FAILED', 'the release folder and the input folder must not contain each other (compared through symbolic links)', { location: { file: outDir } });
  }
  if (overlap(secrets, inp) || overlap(resolve(secretsDir), resolve(input))) {
    throw new DeidError('IO_FAILED', 'the secrets folder and the input folder must not contain each other (compared through symbolic links)', { location: { file: secretsDir } });
  }
  return { out, secrets, input: inp };
}

/**
 * Checks every file the run reads: sources (tables, merges, protected list, staff) must be relative
 * paths inside the input folder (also after symbolic links) unless `allowOutside`; no file read,
 * allow lists included, may lie in the secrets or release folder.
 *
 * @param config - the validated config
 * @param folders - real paths from {@link checkFolders}
 * @param allowOutside - permit sources outside the input folder
 * @throws DeidError `CONFIG_INVALID` listing every offending path (config paths, not data)
 */
export function checkSources(config: ReleaseConfig, folders: RunFolders, allowOutside: boolean): void {
  const issues: DeidIssue[] = [];
  const inputFile = (path: string, file: string): void => {
    if (isAbsolute(file)) {
      issues.push({ path, message: 'source files are given relative to the input folder, not as absolute paths' });
      return;
    }
    const abs = resolve(config.input, file);
    const real = realPath(abs);
    if (forbidden(path, real)) return;
    if (!allowOutside && (!pathInside(abs, resolve(config.input)) || !pathInside(real, folders.input))) {
      issues.push({ path, message: 'the source file is outside the input folder (also through symbolic links); pass --allow-outside-input (allowSourcesOutsideInput) to permit it' });
    }
  };
  const forbidden = (path: string, real: string): boolean => {
    if (pathInside(real, folders.secrets)) issues.push({ path, message: 'the file is in the secrets folder, which is never read as a source' });
    else if (folders.out && pathInside(real, folders.out)) issues.push({ path, message: 'the file is in the release folder' });
    else return false;
    return true;
  };
  for (const [name, t] of Object.entries(config.tables)) {
    inputFile(`tables.${name}.file`, t.file);
    for (const [c, r] of Object.entries(t.columns)) if (r.rule === 'allowlist' && r.file) forbidden(`tables.${name}.columns.${c}.file`, realPath(r.file));
  }
  const pc = config.patients;
  if (pc.merges) inputFile('patients.merges.file', pc.merges.file);
  if (pc.cohort?.protected) inputFile('patients.cohort.protected.file', pc.cohort.protected.file);
  if (config.staff) inputFile('staff.file', config.staff.file);
  if (issues.length) throw new DeidError('CONFIG_INVALID', `${issues.length} file path(s) are not allowed`, { issues });
}
