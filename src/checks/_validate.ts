/**
 * Small validators for check specs: each pushes an issue with its path and never the value.
 *
 * @internal
 */
import type { DeidIssue } from '../errors.js';

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `a string of ${v.length} characters` : typeof v;
}

export function reqString(o: Record<string, unknown>, key: string, path: string, issues: DeidIssue[]): void {
  const v = o[key];
  if (typeof v !== 'string' || v.trim() === '') issues.push({ path: `${path}.${key}`, message: `expected a non-empty string, got ${describe(v)}` });
}

export function optString(o: Record<string, unknown>, key: string, path: string, issues: DeidIssue[]): void {
  if (o[key] !== undefined) reqString(o, key, path, issues);
}

export function reqStringArray(o: Record<string, unknown>, key: string, path: string, issues: DeidIssue[], optional = false): void {
  const v = o[key];
  if (v === undefined && optional) return;
  if (!Array.isArray(v) || v.length === 0) {
    issues.push({ path: `${path}.${key}`, message: `expected a non-empty array of strings, got ${describe(v)}` });
    return;
  }
  v.forEach((x, i) => {
    if (typeof x !== 'string' || x.trim() === '') issues.push({ path: `${path}.${key}[${i}]`, message: `expected a non-empty string, got ${describe(x)}` });
  });
}

export function onlyKeys(o: Record<string, unknown>, allowed: readonly string[], path: string, issues: DeidIssue[]): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) issues.push({ path: `${path}.${k}`, message: 'unknown property' });
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isYmd(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = YMD.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
