/**
 * De-identification: the released columns. None may be named like an identifier (`last_name`,
 * `mrn`, …), and with the release config's allow list, every table and column must be one the
 * config releases.
 *
 * @module
 */
import { isObject, onlyKeys, reqStringArray } from './_validate.js';
import type { CheckDefinition, ColumnsAllowedSpec } from './types.js';

/** The `columnsAllowed` check. */
export const columnsAllowedCheck: CheckDefinition<ColumnsAllowedSpec> = {
  type: 'columnsAllowed',
  kind: 'deidentification',
  validate(o, path, issues) {
    onlyKeys(o, ['type', 'id', 'severity', 'ifColumnMissing', 'deny', 'allow'], path, issues);
    reqStringArray(o, 'deny', path, issues, true);
    if (o.allow !== undefined) {
      if (!isObject(o.allow)) issues.push({ path: `${path}.allow`, message: 'expected an object: table → columns' });
      else for (const k of Object.keys(o.allow)) reqStringArray(o.allow, k, `${path}.allow`, issues);
    }
    if (o.deny === undefined && o.allow === undefined) issues.push({ path, message: 'give "deny", "allow" or both' });
  },
  async run(spec, ctx) {
    const { release } = ctx;
    const deny = new Set((spec.deny ?? []).map((c) => c.toLowerCase()));
    const description = `released columns${deny.size ? ` include none of ${[...deny].join(', ')}` : ''}${spec.allow ? `${deny.size ? ' and' : ''} are the config's` : ''}`;
    const found: string[] = [];
    let columns = 0;
    for (const t of release.tables.values()) {
      const cols = (await release.columns(t)).map((c) => c.name);
      columns += cols.length;
      const allowed = spec.allow ? spec.allow[t.id] : undefined;
      if (spec.allow && !allowed) {
        found.push(`table ${t.id} (not in the config)`);
        continue;
      }
      for (const c of cols) if (deny.has(c.toLowerCase()) || (allowed && !allowed.includes(c))) found.push(`${t.id}.${c}`);
    }
    const counts = { tables: release.tables.size, columns, notAllowed: found.length };
    if (!found.length) return { status: 'pass', description, counts, examples: [] };
    return { status: 'fail', description, counts, examples: [], reason: `not allowed: ${found.slice(0, 20).join(', ')}` };
  },
};
