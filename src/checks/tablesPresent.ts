/**
 * Integrity: the release holds the tables it must (an empty folder, or a renamed table, fails).
 *
 * @module
 */
import { onlyKeys, reqStringArray } from './_validate.js';
import type { CheckDefinition, TablesPresentSpec } from './types.js';

/** The `tablesPresent` check. */
export const tablesPresentCheck: CheckDefinition<TablesPresentSpec> = {
  type: 'tablesPresent',
  kind: 'integrity',
  validate(o, path, issues) {
    onlyKeys(o, ['type', 'id', 'severity', 'ifColumnMissing', 'tables'], path, issues);
    reqStringArray(o, 'tables', path, issues);
  },
  async run(spec, ctx) {
    const missing = spec.tables.filter((t) => !ctx.release.tables.has(t));
    const description = `the release holds ${spec.tables.join(', ')}`;
    const counts = { required: spec.tables.length, present: spec.tables.length - missing.length, missing: missing.length, tablesInRelease: ctx.release.tables.size };
    if (missing.length === 0) return { status: 'pass', description, counts, examples: [] };
    return { status: 'fail', description, counts, examples: [], reason: `missing: ${missing.join(', ')}` };
  },
};
