#!/usr/bin/env node
// Adds lock-file entries for optional platform packages (other OSes/CPUs) that `npm install`
// left out because this machine's registry mirror lacks them, so `npm ci` accepts the lock.
// Each entry carries os/cpu/libc, so npm skips it on other platforms without fetching it.
// Run after any `npm install` that rewrites package-lock.json:  node .ci/complete-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const pkgs = lock.packages;
const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'openharmony', 'sunos', 'aix', 'netbsd'];
const CPU = [['arm64', 'arm64'], ['x64', 'x64'], ['ia32', 'ia32'], ['loong64', 'loong64'], ['ppc64', 'ppc64'], ['riscv64', 'riscv64'], ['s390x', 's390x'], ['arm', 'arm']];
let added = 0;
for (const [key, entry] of Object.entries({ ...pkgs })) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `node_modules/${dep}`;
    const nested = `${key}/node_modules/${dep}`;
    if (pkgs[at] || pkgs[nested]) continue;
    const parts = dep.split('/').pop().split('-');
    const os = OS.find((o) => parts.includes(o));
    const cpu = CPU.find(([p]) => parts.some((x) => x === p || x.startsWith(p + '-') || (p === 'arm' && (x === 'arm' || x.startsWith('arm') && x !== 'arm64'))))?.[1];
    if (!os || !cpu) continue; // not a platform package: leave it for npm to report
    const stub = { version, optional: true, os: [os], cpu: [cpu] };
    if (os === 'linux' && parts.includes('musl')) stub.libc = ['musl'];
    if (os === 'linux' && (parts.includes('gnu') || parts.some((x) => x.startsWith('gnu')))) stub.libc = ['glibc'];
    pkgs[at] = stub;
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lock: added ${added} optional platform entries`);
