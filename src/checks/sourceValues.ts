/**
 * De-identification: no value of the source's identifier columns (names, MRNs, phones,
 * streets, e-mail addresses) appears in any released value, as whole words, case-insensitive.
 * Needs the identified source folder (`--source`); skipped without it.
 *
 * Released values are split into words; only values holding a word that starts a source value
 * are matched in full, so the cost grows with the release, not with release × source.
 *
 * @module
 */
import { skipped } from './_common.js';
import { num, sqlIdent, sqlString, type Release } from './_release.js';
import { onlyKeys, optString, reqStringArray } from './_validate.js';
import type { CheckDefinition, CheckExamples, SourceValuesSpec } from './types.js';

/** Source columns looked at by default: named like a person's name, an MRN, a phone, a street, an e-mail or an SSN. */
export const IDENTIFIER_COLUMN = /^((patient_?)?(first_?|last_?|middle_?|full_?|given_?|family_?|maiden_?)?name|surname)$|(^|_)(mrn|ssn|phone|telephone|mobile|fax|email|e_mail|street|address|address_?line_?\d?|addr)$/i;

const WORD_SPLIT = "'[^\\p{L}\\p{N}]+'";

/** The `sourceValues` check. */
export const sourceValuesCheck: CheckDefinition<SourceValuesSpec> = {
  type: 'sourceValues',
  kind: 'deidentification',
  validate(o, path, issues) {
    onlyKeys(o, ['type', 'id', 'severity', 'ifColumnMissing', 'source', 'columns', 'minLength'], path, issues);
    optString(o, 'source', path, issues);
    reqStringArray(o, 'columns', path, issues, true);
    if (o.minLength !== undefined && (!Number.isInteger(o.minLength) || (o.minLength as number) < 1)) issues.push({ path: `${path}.minLength`, message: 'expected an integer of at least 1' });
  },
  async run(spec, ctx) {
    const description = 'no value of the source identifier columns appears in the release (whole words, case-insensitive)';
    if (!spec.source) return skipped(description, 'no source folder given (--source)');
    const { release } = ctx;
    const source: Release = ctx.openSource(spec.source);
    const minLength = spec.minLength ?? 3;
    // the identifier values, lower-cased, each with its first word
    const parts: string[] = [];
    let sourceColumns = 0;
    for (const t of source.tables.values()) {
      for (const c of await source.columns(t)) {
        const wanted = spec.columns ? spec.columns.some((x) => x.toLowerCase() === `${t.id}.${c.name}`.toLowerCase() || x.toLowerCase() === `${t.id.slice(t.id.lastIndexOf('/') + 1)}.${c.name}`.toLowerCase()) : IDENTIFIER_COLUMN.test(c.name);
        if (!wanted) continue;
        sourceColumns++;
        parts.push(`SELECT DISTINCT lower(trim(CAST(${sqlIdent(c.name)} AS VARCHAR))) AS v FROM ${sqlIdent(await source.view(t))}`);
      }
    }
    if (!parts.length) return skipped(description, 'the source has no identifier columns');
    const values = `${release.tempName('sv')}`;
    // values and released text are compared as their words joined by single spaces: a whole-word,
    // case-insensitive match is then a plain substring test, and only cells holding a value's
    // first word are tested
    const words = (x: string): string => `list_filter(string_split_regex(${x}, ${WORD_SPLIT}), w -> w <> '')`;
    await release.run(
      `CREATE OR REPLACE TEMP TABLE ${sqlIdent(values)} AS SELECT DISTINCT ' ' || array_to_string(ws, ' ') || ' ' AS vn, ws[1] AS first FROM (SELECT ${words('v')} AS ws FROM (${parts.join(' UNION ')}) WHERE length(v) >= ${minLength}) WHERE len(ws) > 0`,
    );
    const [nv] = await release.rows(`SELECT count(*) FROM ${sqlIdent(values)}`);
    const counts = { sourceColumns, sourceValues: num(nv?.[0]), tables: 0, valuesFound: 0 };
    const examples: CheckExamples[] = [];
    for (const t of release.tables.values()) {
      counts.tables++;
      const cols = (await release.columns(t)).map((c) => c.name);
      if (!cols.length) continue;
      // every value of the table once, as lower-cased text with its row (one read of the file)
      const numbered = await release.numbered(t);
      const cells = `SELECT r, lower(x) AS x FROM (UNPIVOT (SELECT t.__row AS r, ${cols.map((c) => `CAST(t.${sqlIdent(c)} AS VARCHAR) AS ${sqlIdent(c)}`).join(', ')} FROM ${numbered} AS t) ON ${cols.map(sqlIdent).join(', ')} INTO NAME c VALUE x)`;
      const hits = `SELECT DISTINCT c.r FROM (SELECT r, ' ' || array_to_string(ws, ' ') || ' ' AS xn, unnest(list_distinct(ws)) AS w FROM (SELECT r, ${words('x')} AS ws FROM (${cells}))) AS c JOIN ${sqlIdent(values)} AS s ON s.first = c.w WHERE contains(c.xn, s.vn)`;
      const rows = await release.rows(`SELECT r FROM (${hits}) ORDER BY r`, t.id);
      if (rows.length) {
        counts.valuesFound += rows.length;
        examples.push({ table: t.id, rows: rows.slice(0, ctx.maxExamples).map((r) => Number(r[0])) });
      }
    }
    return { status: counts.valuesFound ? 'fail' : 'pass', description, counts, examples };
  },
};
