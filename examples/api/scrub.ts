/**
 * Scrubbing free text: the default scrubber, a custom detector, a site allow list, and
 * many notes on all cores. Run after `npm run build`:  node --import tsx examples/api/scrub.ts
 */
import { builtinAllowlist, combineAllowlists, createScrubber, defineDetector, loadAllowlist, scrub, scrubMany } from 'ehr-deid';

console.log(scrub('Seen by Dr. Wyndham on 3/4/2012. BP 120/80, 2/6 murmur, Foley in place.').text);

const wardCodes = defineDetector({
  name: 'custom/ward-codes',
  algorithm: 'rules',
  types: ['LOCATION'],
  detect: ({ text }) =>
    [...text.matchAll(/\bWARD-\d{1,3}\b/g)].map((m) => ({
      start: m.index, end: m.index + m[0].length, type: 'LOCATION' as const, source: 'custom/ward-codes', confidence: 0.9,
    })),
});
const scrubber = createScrubber({
  algorithms: ['rules'],
  detectors: [wardCodes],
  replacement: '[REDACTED]',
  allowlist: combineAllowlists(builtinAllowlist(), loadAllowlist(['# types: NAME', 'Quincy'])),
});
const r = scrubber.scrub('Wife Marisol called from WARD-12 at 617-555-1212.');
console.log(r.text);
for (const s of r.spans) console.log(`  ${s.type} [${s.start},${s.end}) → [${s.outputStart},${s.outputEnd}) by ${s.sources.join('+')}`);

const notes = [
  { id: 'n1', text: 'Pt seen with daughter Alicia Ferreira, call 617-555-0188.' },
  { id: 'n2', text: "Parkinson's disease, Glasgow Coma Scale 15. Follow up 4/12." },
];
for await (const out of scrubMany(notes, { workers: 0 })) {
  console.log(out.id, out.ok ? out.result.text : `failed: ${out.error.code}`);
}
