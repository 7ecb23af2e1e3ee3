/**
 * The numbers of ICU nursing notes, never PHI: vital signs and their ranges (`SBP 100-120`,
 * `HR 90S-100S`, `BP 100-120/60-70`), lab values and panels (`NA 138 K 4.2 CL 101`), blood gases
 * (`7.35/45/90/24`), vent settings, drips (`NEO @ 1.5 MCG/KG/MIN`), doses and dose ranges
 * (`2-4 MG IV Q4-6H PRN`), intake and output (`+1200`, `LOS +5.4L`), times and shift ranges
 * (`0700-1900`, `from 1200 to 1600`), scores (`GCS 15`, `RASS -2`), counts (`x2`, `#2`,
 * `2 of 4`) and the terse upper-case abbreviations around them (`DSG CDI`, `OGT`, `PRBC`).
 * Real ICU notes are dense with these, so the model has to learn that a number is PHI only in
 * context (a date after `on`, a phone after `call`, an age with `yo`).
 *
 * Every expression is written as a negative (`neg`), in the note's case profile.
 *
 * @internal
 */
import type { Ctx } from './ctx.js';
import { chance, int, pick, weighted, type Rng } from './rng.js';

type Atom = (r: Rng) => string;

/** Body systems that have dense numeric lines. */
export type IcuSystem = 'neuro' | 'cv' | 'resp' | 'gi' | 'gu' | 'id' | 'heme' | 'skin' | 'vs' | 'labs' | 'io' | 'drips' | 'abg' | 'vent';

/** Every {@link IcuSystem}. */
export const ICU_SYSTEMS: readonly IcuSystem[] = ['neuro', 'cv', 'resp', 'gi', 'gu', 'id', 'heme', 'skin', 'vs', 'labs', 'io', 'drips', 'abg', 'vent'];

// ---------------------------------------------------------------------------------------------
// number helpers

function n(r: Rng, lo: number, hi: number, step = 1): number {
  return lo + step * int(r, 0, Math.floor((hi - lo) / step));
}

function dec(r: Rng, lo: number, hi: number, d = 1): string {
  const v = (lo + r() * (hi - lo)).toFixed(d);
  return d > 0 && chance(r, 0.3) && v.startsWith('0.') ? v.slice(1) : v;
}

/** Two numbers lo < hi on a step, inside [a, b]. */
function pair(r: Rng, a: number, b: number, step: number): readonly [number, number] {
  const lo = n(r, a, b - step, step);
  const span = weighted(r, [[45, 1], [30, 2], [15, 3], [10, 4]] as const);
  return [lo, Math.min(b, lo + span * step)];
}

/** A range of whole numbers: `100-120`, `100 - 120`, `100 to 120`, `100-120's`. */
function rng2(r: Rng, a: number, b: number, step: number, plural = false): string {
  const [lo, hi] = pair(r, a, b, step);
  return weighted(r, [
    [66, `${lo}-${hi}`],
    [6, `${lo} - ${hi}`],
    [10, `${lo} to ${hi}`],
    [6, `${lo}-${hi}'s`],
    [plural ? 8 : 0, `${lo}s-${hi}s`],
    [4, `${lo}->${hi}`],
  ] as const);
}

/** A range of decimals: `3.5-4.0`. */
function decRange(r: Rng, a: number, b: number, d = 1): string {
  const x = a + r() * (b - a) * 0.7;
  const y = x + (b - a) * (0.05 + r() * 0.3);
  return `${x.toFixed(d)}${pick(r, ['-', '-', '-', ' - ', ' to ', '->'])}${Math.min(b, y).toFixed(d)}`;
}

const p2 = (v: number): string => (v < 10 ? `0${v}` : String(v));

/** A military time `0700`, `2130`. */
function mil(r: Rng): string {
  return `${p2(int(r, 0, 23))}${pick(r, ['00', '00', '00', '30', '15', '45', p2(int(r, 0, 59))])}`;
}

function when(r: Rng): string {
  return weighted(r, [
    [18, `@ ${mil(r)}`],
    [12, `@${mil(r)}`],
    [14, `at ${mil(r)}`],
    [8, `since ${mil(r)}`],
    [8, `from ${mil(r)} to ${mil(r)}`],
    [8, `${mil(r)}-${mil(r)}`],
    [6, `x${int(r, 2, 4)} overnight`],
    [6, 'since MN'],
    [5, `for ${int(r, 2, 8)} hours`],
    [5, `x${int(r, 1, 3)} this shift`],
    [4, `over ${int(r, 1, 3)}-${int(r, 4, 6)} hrs`],
    [4, `q${int(r, 1, 4)}h`],
    [2, `this am`],
  ] as const);
}

const o2 = (r: Rng): string =>
  weighted(r, [
    [20, `${int(r, 1, 6)}L NC`],
    [12, `${rng2(r, 2, 6, 1)}L NC`],
    [10, `${n(r, 35, 100, 5)}% FM`],
    [8, `${n(r, 35, 70, 5)}% CAFM`],
    [6, `${n(r, 40, 100, 10)}% face tent`],
    [6, `${int(r, 4, 6)}L NC + 100% NRB`],
    [6, `HFNC ${n(r, 20, 60, 5)}L/${n(r, 40, 100, 10)}%`],
    [6, `BIPAP ${int(r, 10, 18)}/${int(r, 5, 10)}`],
    [8, 'RA'],
    [6, `trach mask ${n(r, 28, 60, 2)}%`],
    [4, `${n(r, 40, 100, 10)}% shovel mask`],
  ] as const);

const rhythm = (r: Rng): string => pick(r, ['SR', 'NSR', 'ST', 'SB', 'AF', 'afib', 'A-flutter', 'V-paced', 'AV paced', 'SR w/ PACs', 'ST w/ occ PVCs', 'NSR no ectopy', 'SR-ST', 'junctional']);

// ---------------------------------------------------------------------------------------------
// atoms by system

const HR: Atom[] = [
  (r) => `HR ${rng2(r, 50, 150, pick(r, [5, 10]), true)} ${rhythm(r)}`,
  (r) => `HR ${int(r, 50, 140)}`,
  (r) => `HR ${int(r, 88, 132)} ${rhythm(r)}`,
  (r) => `HR ${n(r, 60, 130, 10)}S`,
  (r) => `HR ${n(r, 80, 110, 10)}S-${n(r, 110, 140, 10)}S ${rhythm(r)}`,
  (r) => `HR ${int(r, 90, 130)}, ${rhythm(r)}, no ectopy`,
  (r) => `HR ${rng2(r, 90, 140, 5)} w/ ${pick(r, ['rare', 'occ', 'freq'])} PVCs`,
  (r) => `HR up to ${int(r, 120, 170)} ${when(r)}`,
];
const BP: Atom[] = [
  (r) => `SBP ${rng2(r, 80, 180, pick(r, [5, 10]), true)}`,
  (r) => `SBP ${int(r, 85, 180)}`,
  (r) => `SBP ${n(r, 80, 160, 10)}S`,
  (r) => `SBP ${n(r, 80, 130, 10)}S-${n(r, 130, 180, 10)}S`,
  (r) => `BP ${rng2(r, 90, 170, 10)}/${rng2(r, 40, 90, 5)}`,
  (r) => `BP ${int(r, 85, 190)}/${int(r, 40, 105)}`,
  (r) => `BP ${int(r, 90, 130)}/${int(r, 50, 80)} (${int(r, 60, 95)})`,
  (r) => `MAP ${rng2(r, 55, 95, 5)}`,
  (r) => `MAPS >${pick(r, [60, 65, 70])}`,
  (r) => `MAP ${int(r, 55, 110)}`,
  (r) => `NBP ${int(r, 90, 170)}/${int(r, 40, 90)}`,
  (r) => `A-line ${int(r, 90, 160)}/${int(r, 40, 80)}, cuff ${int(r, 90, 160)}/${int(r, 40, 80)}`,
  (r) => `goal SBP <${pick(r, [120, 130, 140, 160])}`,
  (r) => `SBP goal ${rng2(r, 100, 160, 10)}`,
];
const HEMO: Atom[] = [
  (r) => `CVP ${rng2(r, 2, 20, 1)}`,
  (r) => `CVP ${int(r, 2, 22)}`,
  (r) => `PAD ${rng2(r, 10, 30, 1)}`,
  (r) => `PAP ${int(r, 25, 70)}/${int(r, 10, 35)}`,
  (r) => `PAP ${rng2(r, 30, 60, 5)}/${rng2(r, 12, 30, 2)}`,
  (r) => `CI ${dec(r, 1.4, 4.2)}`,
  (r) => `CO ${dec(r, 2.8, 8.5)}/CI ${dec(r, 1.4, 4.2)}`,
  (r) => `SVR ${n(r, 500, 1600, 50)}`,
  (r) => `SVO2 ${int(r, 50, 80)}%`,
  (r) => `wedge ${int(r, 8, 28)}`,
  (r) => `pulses +${int(r, 1, 2)}`,
  (r) => `edema +${int(r, 1, 3)}`,
  (r) => `+${int(r, 1, 2)}-${int(r, 2, 3)} edema BLE`,
  (r) => `cap refill <${int(r, 2, 3)} sec`,
  (r) => `trop ${dec(r, 0.01, 2.5, 2)}`,
  (r) => `CK ${int(r, 60, 1800)}, MB ${int(r, 2, 60)}`,
  (r) => `K ${dec(r, 3, 5.6)}`,
  (r) => `Lopressor ${pick(r, [2.5, 5])} mg IV x${int(r, 1, 3)}`,
  (r) => `dilt ${pick(r, [5, 10, 15, 20])} mg IV then gtt @ ${int(r, 5, 15)} mg/hr`,
  (r) => `lytes repleted: K ${dec(r, 3, 3.9)}, Mg ${dec(r, 1.2, 1.9)}`,
];
const RESP_A: Atom[] = [
  (r) => `AC ${n(r, 350, 600, 50)} x ${int(r, 10, 24)} / ${int(r, 5, 15)} / ${n(r, 30, 100, 10)}%`,
  (r) => `PEEP ${int(r, 5, 15)} FIO2 ${n(r, 30, 100, 5)}% TV ${n(r, 350, 600, 50)} RR ${int(r, 10, 24)}`,
  (r) => `CMV ${n(r, 400, 600, 50)}x${int(r, 10, 22)} PEEP ${int(r, 5, 12)} FIO2 .${int(r, 4, 9)}0`,
  (r) => `PSV ${int(r, 5, 20)}/${int(r, 5, 10)} ${n(r, 30, 60, 5)}%`,
  (r) => `CPAP ${int(r, 5, 10)}/${int(r, 5, 10)}`,
  (r) => `PS ${int(r, 5, 15)} PEEP ${int(r, 5, 10)}`,
  (r) => `PEEP ${rng2(r, 5, 15, 1)}`,
  (r) => `TV ${rng2(r, 300, 650, 50)}`,
  (r) => `VT ${n(r, 300, 600, 100)}S`,
  (r) => `MV ${rng2(r, 5, 16, 1)}L`,
  (r) => `PIP ${rng2(r, 16, 42, 2)}`,
  (r) => `plat ${int(r, 16, 34)}`,
  (r) => `RSBI ${int(r, 18, 130)}`,
  (r) => `NIF -${int(r, 12, 45)}`,
  (r) => `FIO2 weaned ${n(r, 50, 100, 10)}->${n(r, 30, 50, 5)}%`,
  (r) => `SIMV ${n(r, 400, 600, 50)}x${int(r, 8, 14)} PS ${int(r, 5, 15)} PEEP ${int(r, 5, 10)}`,
  (r) => `on ${o2(r)}`,
  (r) => `weaned to ${o2(r)}`,
  (r) => `ETT ${pick(r, ['7.0', '7.5', '8.0'])} @ ${int(r, 20, 26)} cm @ lip`,
  (r) => `#${pick(r, ['7', '7.5', '8'])} ETT`,
  (r) => `trach #${int(r, 6, 8)} Shiley`,
  (r) => `CT #${int(r, 1, 3)} to -20 cm sxn, ${int(r, 5, 120)} cc/hr`,
  (r) => `sxn q${int(r, 1, 4)}h for ${pick(r, ['sm', 'mod', 'lg'])} amt ${pick(r, ['thick', 'thin'])} ${pick(r, ['white', 'tan', 'yellow'])}`,
  (r) => `IS ${n(r, 250, 1500, 250)}-${n(r, 1500, 2500, 250)} cc`,
  // settings written as bare numbers (a pair here is no date)
  (r) => `${pick(r, ['trialed on', 'tried on', 'remains on', 'changed to', 'placed on', 'back on', 'tolerating'])} ${int(r, 5, 20)}/${int(r, 5, 10)}`,
  (r) => `flowby ${int(r, 2, 8)}/${int(r, 2, 8)}`,
  (r) => `${n(r, 400, 700, 50)}${pick(r, ['x', 'X', ' x '])}${int(r, 10, 20)}/${int(r, 5, 10)}/${n(r, 30, 100, 5)}%`,
  (r) => `on ${int(r, 5, 20)}/${int(r, 5, 10)}/${n(r, 30, 60, 5)}%`,
  (r) => `${int(r, 5, 20)}ps/${int(r, 5, 10)}peep`,
  (r) => `aerosol @ .${int(r, 3, 7)}${pick(r, ['0', '', '0 FIO2', 'FIO2'])}`,
];
const SAT_RR: Atom[] = [
  (r) => `sats ${rng2(r, 86, 100, 1)}% on ${o2(r)}`,
  (r) => `sat ${int(r, 88, 100)}%`,
  (r) => `SPO2 ${int(r, 88, 100)}% on ${o2(r)}`,
  (r) => `O2 sat ${rng2(r, 88, 100, 1)}%`,
  (r) => `RR ${rng2(r, 10, 36, 2, true)}`,
  (r) => `RR ${int(r, 10, 36)}`,
  (r) => `RR ${n(r, 10, 30, 10)}S`,
  (r) => `RR ${int(r, 14, 30)} over vent ${int(r, 10, 16)}`,
  // readings by the decade and readings glued to their label
  (r) => `${pick(r, ['HR', 'hr', 'SBP', 'sbp', 'sats', 'SATS', 'BP'])} ${pick(r, ['in the', 'in', 'now in the', 'drops to', 'dropped to the', 'up to', 'ranging'])} ${pick(r, ['low ', 'high ', 'mid ', ''])}${pick(r, ['80', '90', '100', '110', '120'])}${pick(r, ['s', "'s", 'S'])}`,
  (r) => `${pick(r, ['HR', 'MAP', 'SBP', 'CVP', 'RR'])}${int(r, 50, 120)}-${int(r, 60, 130)}${pick(r, ["'s", '', 's'])}`,
  (r) => `${pick(r, ['T', 'Tmax ', 'TMAX'])}${dec(r, 99, 103)}`,
  (r) => `sat down to ${int(r, 82, 92)} from ${int(r, 93, 100)}`,
];
const ABG: Atom[] = [
  (r) => `ABG 7.${int(r, 18, 52)}/${int(r, 24, 75)}/${int(r, 52, 320)}/${int(r, 12, 36)}`,
  (r) => `7.${int(r, 18, 52)}/${int(r, 24, 75)}/${int(r, 52, 320)}`,
  (r) => `ABG: 7.${int(r, 20, 50)}/${int(r, 25, 70)}/${int(r, 55, 250)}/${int(r, 14, 34)}/${pick(r, ['-', '+', ''])}${int(r, 0, 8)}`,
  (r) => `VBG 7.${int(r, 18, 45)}/${int(r, 30, 80)}`,
  (r) => `ABG 7.${int(r, 20, 50)}/${int(r, 25, 70)}/${int(r, 55, 250)} on ${n(r, 40, 100, 10)}%`,
  (r) => `pH 7.${int(r, 18, 52)} PCO2 ${int(r, 24, 75)} PO2 ${int(r, 52, 320)}`,
  (r) => `lactate ${dec(r, 0.6, 9)}`,
  (r) => `lactate ${dec(r, 2, 8)}->${dec(r, 0.8, 3)}`,
  (r) => `${pick(r, ['ABG ', 'abg ', 'ABG: ', 'gas ', ''])}7.${int(r, 18, 52)}-${int(r, 24, 75)}-${int(r, 52, 320)}-${int(r, 12, 36)}${pick(r, ['', `-${int(r, 0, 8)}`, `-${int(r, 90, 100)}%`])}`,
  (r) => `${pick(r, ['CPK', 'CK'])} ${pick(r, ['peak', 'peaked at', 'up to'])} ${int(r, 1000, 30000)}`,
];
const NEURO_A: Atom[] = [
  (r) => `GCS ${int(r, 3, 15)}`,
  (r) => `GCS ${int(r, 3, 11)}T`,
  (r) => `GCS ${rng2(r, 3, 15, 1)}`,
  (r) => `GCS E${int(r, 1, 4)}V${int(r, 1, 5)}M${int(r, 1, 6)}`,
  (r) => `RASS ${pick(r, ['-5', '-4', '-3', '-2', '-1', '0', '+1', '+2'])}`,
  (r) => `RASS 0 to -${int(r, 1, 2)}`,
  (r) => `RASS goal -${int(r, 1, 2)} to -${int(r, 2, 3)}`,
  (r) => `CAM-ICU ${pick(r, ['neg', 'pos', 'negative', 'positive'])}`,
  (r) => `PERRLA ${int(r, 2, 4)}mm`,
  (r) => `pupils ${int(r, 2, 3)}-${int(r, 3, 5)}mm brisk`,
  (r) => `pain ${rng2(r, 0, 10, 1)}/10`,
  (r) => `pain ${int(r, 0, 10)}/10`,
  (r) => `CPOT ${int(r, 0, 8)}`,
  (r) => `MAE ${int(r, 3, 5)}/5`,
  (r) => `CIWA ${rng2(r, 0, 25, 1)}`,
  (r) => `ICP ${rng2(r, 5, 25, 1)}`,
  (r) => `CPP >${pick(r, [60, 70])}`,
  (r) => `EVD @ ${int(r, 10, 20)} cm, ${int(r, 2, 20)} cc/hr`,
  (r) => `A+O x${int(r, 1, 3)}`,
  (r) => `propofol @ ${n(r, 5, 60, 5)} mcg/kg/min`,
  (r) => `fentanyl @ ${n(r, 25, 250, 25)} mcg/hr`,
  (r) => `fentanyl ${rng2(r, 25, 200, 25)} mcg/hr`,
  (r) => `versed ${rng2(r, 1, 8, 1)} mg/hr`,
  (r) => `precedex @ ${dec(r, 0.2, 1.4)} mcg/kg/hr`,
  (r) => `ativan ${pick(r, ['0.5', '1', '2', '0.5-1', '1-2'])} mg IV q${pick(r, ['2', '4', '6', '4-6', '2-4'])}h PRN`,
  (r) => `haldol ${pick(r, ['2', '5', '2-5', '1-2'])} mg IV x${int(r, 1, 3)}`,
  (r) => `morphine ${pick(r, ['2-4', '1-2', '2', '4', '2-6'])} mg IV q${pick(r, ['4-6', '2-4', '3-4', '4', '2'])}h PRN`,
  (r) => `dilaudid ${pick(r, ['0.5-1', '0.5', '1', '1-2', '0.2-0.4'])} mg IV q${pick(r, ['2-3', '3', '2', '4'])}h PRN`,
];
const GI_A: Atom[] = [
  (r) => `TF @ ${n(r, 10, 80, 5)} cc/hr, goal ${n(r, 40, 90, 5)}`,
  (r) => `TF @ ${pick(r, ['3/4', '1/2', '1/4', 'full'])} strength ${n(r, 10, 70, 5)} cc/hr`,
  (r) => `residuals ${int(r, 0, 250)} cc`,
  (r) => `residuals <${pick(r, [50, 100, 150])}`,
  (r) => `OGT to LCS, ${n(r, 20, 600, 10)} cc bilious`,
  (r) => `NGT to LIWS, ${rng2(r, 50, 500, 50)} cc`,
  (r) => `BM x${int(r, 1, 4)}`,
  (r) => `flexiseal ${n(r, 100, 900, 50)} cc`,
  (r) => `FSBS ${int(r, 60, 320)}`,
  (r) => `FS ${rng2(r, 80, 320, 10)}`,
  (r) => `BS ${n(r, 100, 200, 10)}S-${n(r, 200, 300, 10)}S`,
  (r) => `glucose ${rng2(r, 80, 300, 10)}`,
  (r) => `covered w/ ${int(r, 2, 12)} units reg insulin`,
  (r) => `insulin gtt @ ${dec(r, 0.5, 12)} u/hr`,
  (r) => `ALT ${int(r, 10, 900)} AST ${int(r, 10, 1200)} TBILI ${dec(r, 0.3, 12)}`,
  (r) => `lactulose ${pick(r, [20, 30])} ml q${pick(r, [4, 6, 8])}h`,
  (r) => `protonix 40 mg IV q${pick(r, [12, 24])}h`,
  (r) => `abd girth ${int(r, 80, 130)} cm`,
  (r) => `lipase ${int(r, 20, 3000)}`,
];
const LYTES: Atom[] = [
  (r) => `BUN/Cr ${int(r, 8, 110)}/${dec(r, 0.5, 8)}`,
  (r) => `Cr ${dec(r, 0.5, 6)} (${dec(r, 0.5, 6)})`,
  (r) => `K ${decRange(r, 3.2, 5.2)}`,
  (r) => `K ${dec(r, 2.9, 3.9)}, repleted w/ ${n(r, 20, 60, 20)} mEq KCl`,
  (r) => `Mg ${dec(r, 1.2, 2.6)} -> ${int(r, 1, 4)} gm MgSO4 IV`,
  (r) => `phos ${dec(r, 1.2, 6)}`,
  (r) => `Ca ${dec(r, 6.8, 10.5)}, iCa ${dec(r, 0.95, 1.3, 2)}`,
];
const GU_A: Atom[] = [
  ...LYTES,
  (r) => `UO ${rng2(r, 20, 300, 10)} cc/hr`,
  (r) => `U/O ${rng2(r, 15, 200, 5)}cc/hr`,
  (r) => `UO ${n(r, 15, 300, 5)} cc/hr`,
  (r) => `UO >${pick(r, [30, 50, 100])} cc/hr`,
  (r) => `UO ${n(r, 10, 100, 10)}-${n(r, 100, 250, 10)}CC/HR`,
  (r) => `urine output ${n(r, 300, 3000, 50)} cc since MN`,
  (r) => `lasix ${n(r, 20, 120, 20)} mg IV x${int(r, 1, 2)}`,
  (r) => `lasix gtt @ ${int(r, 5, 20)} mg/hr`,
  (r) => `CVVH @ ${n(r, 1000, 3000, 100)} cc/hr, pulling ${n(r, 50, 250, 25)} cc/hr`,
  (r) => `HD x ${int(r, 2, 4)} hrs, ${dec(r, 1, 4)}L removed`,
  (r) => `${pick(r, [14, 16, 18])}Fr foley`,
];
const IO_A: Atom[] = [
  (r) => `I/O +${n(r, 100, 3500, 50)}`,
  (r) => `I/O -${n(r, 100, 2500, 50)}`,
  (r) => `${pick(r, ['+', '-'])}${n(r, 200, 2500, 100)} for shift`,
  (r) => `TBB ${pick(r, ['+', '-'])}${dec(r, 0.2, 4)}L`,
  (r) => `LOS +${dec(r, 0.5, 12)}L`,
  (r) => `24 hr I/O ${n(r, 800, 4500, 50)}/${n(r, 500, 4000, 50)}`,
  (r) => `net -${n(r, 100, 2000, 50)} cc`,
  (r) => `I ${n(r, 500, 4000, 50)} / O ${n(r, 400, 4000, 50)}`,
  (r) => `+${n(r, 200, 2000, 50)} since MN`,
  (r) => `-${dec(r, 0.2, 2.5)}L for shift`,
  (r) => `goal -${int(r, 1, 2)}-${int(r, 2, 3)}L`,
  (r) => 'I/O even',
  (r) => `total in ${n(r, 800, 4000, 50)} out ${n(r, 400, 3500, 50)}`,
  (r) => `${pick(r, ['+', '-'])}${n(r, 100, 1500, 50)} at ${mil(r)}`,
];
const DRIPS_A: Atom[] = [
  (r) => `neo @ ${dec(r, 0.2, 3)} mcg/kg/min`,
  (r) => `neo ${decRange(r, 0.2, 3)} mcg/kg/min`,
  (r) => `neo @ ${n(r, 20, 300, 10)} mcg/min`,
  (r) => `levo @ ${dec(r, 0.02, 0.5, 2)} mcg/kg/min`,
  (r) => `levophed ${int(r, 2, 30)} mcg/min`,
  (r) => `dopa @ ${int(r, 2, 20)} mcg/kg/min`,
  (r) => `vaso @ ${pick(r, ['0.04', '.04', '0.03', '2.4'])} u/${pick(r, ['min', 'hr'])}`,
  (r) => `propofol @ ${n(r, 5, 60, 5)} mcg/kg/min`,
  (r) => `heparin @ ${n(r, 500, 2000, 50)} u/hr`,
  (r) => `insulin gtt @ ${int(r, 1, 14)} u/hr`,
  (r) => `dilt gtt @ ${int(r, 5, 15)} mg/hr`,
  (r) => `NTG @ ${n(r, 10, 200, 10)} mcg/min`,
  (r) => `amio @ ${pick(r, ['0.5', '1', '.5'])} mg/min`,
  (r) => `titrated ${rng2(r, 50, 300, 25)} mcg/min`,
  (r) => `neo weaned from ${dec(r, 1, 3)} to ${dec(r, 0.1, 1)}`,
  (r) => `1/2 NS @ ${n(r, 50, 150, 25)} cc/hr`,
  (r) => `D5 1/2NS w/ 20 KCl @ ${n(r, 50, 125, 25)}`,
  (r) => `LR @ ${n(r, 50, 200, 25)} cc/hr`,
  (r) => `NS ${pick(r, [250, 500, 1000])} cc bolus x${int(r, 1, 3)}`,
  (r) => `${int(r, 1, 2)}L NS bolus`,
  (r) => 'D5W @ KVO',
  (r) => `TPN @ ${n(r, 40, 110, 5)} cc/hr`,
  (r) => `bicarb gtt @ ${n(r, 50, 150, 25)} cc/hr`,
];
const TEMP: Atom[] = [
  (r) => `Tmax ${dec(r, 98, 103.8)}`,
  (r) => `temp ${dec(r, 96.5, 103.5)}`,
  (r) => `T ${decRange(r, 97, 102)}`,
];
const ID_A: Atom[] = [
  ...TEMP,
  (r) => `afebrile, Tmax ${dec(r, 98.5, 100.3)}`,
  (r) => `WBC ${dec(r, 1.5, 30)}`,
  (r) => `WBC ${dec(r, 4, 30)} (${dec(r, 4, 30)})`,
  (r) => `WBC ${int(r, 10, 28)}->${int(r, 5, 18)}`,
  (r) => `BCx x${int(r, 2, 3)} pending`,
  (r) => `${int(r, 1, 2)}/2 bld cx + GPC`,
  (r) => `${int(r, 1, 4)} of 4 bottles`,
  (r) => `vanco ${pick(r, ['1', '1.25', '1.5', '750mg'])}${pick(r, [' gm', 'gm', ''])} IV q${pick(r, [12, 24])}h`,
  (r) => `vanco trough ${dec(r, 6, 28)}`,
  (r) => `zosyn ${pick(r, ['3.375', '4.5'])} gm IV q${pick(r, [6, 8])}h`,
  (r) => `cefepime ${int(r, 1, 2)} gm q${pick(r, [8, 12])}h`,
  (r) => `day ${int(r, 1, 10)} of ${pick(r, [5, 7, 10, 14])}`,
  (r) => `abx day #${int(r, 1, 14)}`,
  (r) => `procal ${dec(r, 0.1, 40, 2)}`,
];
const HEME_A: Atom[] = [
  (r) => `HCT ${dec(r, 19, 40)}`,
  (r) => `HCT ${int(r, 19, 30)}->${int(r, 24, 34)}`,
  (r) => `HCT ${dec(r, 19, 40)} (${dec(r, 19, 40)})`,
  (r) => `Hgb ${dec(r, 5.8, 13)}`,
  (r) => `plt ${int(r, 15, 450)}K`,
  (r) => `plt ${int(r, 15, 450)}`,
  (r) => `INR ${dec(r, 0.9, 5)}`,
  (r) => `PTT ${int(r, 22, 130)}`,
  (r) => `PTT goal ${rng2(r, 50, 100, 5)}`,
  (r) => `heparin @ ${n(r, 500, 2000, 50)} u/hr`,
  (r) => `fibrinogen ${int(r, 70, 450)}`,
  (r) => `${int(r, 1, 4)} u PRBC`,
  (r) => `${int(r, 1, 4)} units FFP`,
  (r) => `${int(r, 1, 2)} bag plt`,
  (r) => `${pick(r, [5, 10])} units cryo`,
  (r) => `vit K ${pick(r, [1, 5, 10])} mg ${pick(r, ['SC', 'IV', 'PO'])}`,
  (r) => `NPH ${int(r, 4, 30)}u`,
  (r) => `lantus ${int(r, 5, 40)}u qHS`,
  (r) => `RISS, FSBS ${int(r, 70, 300)}`,
];
const SKIN_A: Atom[] = [
  (r) => pick(r, ['DSG CDI', 'drsg C/D/I', 'dsg changed, site CDI', 'dsg D&I', 'DSD intact', 'incision CDI', 'sites CDI']),
  (r) => `stage ${int(r, 1, 4)} on coccyx ${int(r, 1, 6)}cm x ${int(r, 1, 6)}cm`,
  (r) => `JP #${int(r, 1, 3)} ${n(r, 5, 150, 5)} cc serosang`,
  (r) => `braden ${int(r, 8, 23)}`,
  (r) => `#${pick(r, [18, 20, 22])} PIV`,
  (r) => `${pick(r, [18, 20, 22])}G PIV ${pick(r, ['L', 'R'])} FA`,
  (r) => `PIV x${int(r, 1, 3)}`,
  (r) => `TLC R IJ day ${int(r, 1, 12)}`,
  (r) => `PICC ${pick(r, [4, 5])}Fr ${int(r, 1, 3)} lumen`,
  (r) => `turned q${pick(r, ['2', '2-3', '1-2'])}h`,
  (r) => `+${int(r, 1, 3)} edema`,
];

const BANKS: Record<IcuSystem, readonly Atom[]> = {
  neuro: NEURO_A,
  cv: [...HR, ...BP, ...HEMO, ...HR, ...BP],
  resp: [...RESP_A, ...SAT_RR, ...ABG],
  gi: GI_A,
  gu: [...GU_A, ...IO_A],
  id: ID_A,
  heme: HEME_A,
  skin: SKIN_A,
  vs: [...HR, ...BP, ...SAT_RR, ...TEMP],
  labs: [...LYTES, ...HEME_A.slice(0, 10), ...ID_A.slice(4, 7), ...ABG],
  io: IO_A,
  drips: DRIPS_A,
  abg: ABG,
  vent: [...RESP_A, ...SAT_RR],
};

// ---------------------------------------------------------------------------------------------
// panels

/** [upper label, mixed label, low, high, decimals] */
type Lab = readonly [string, string, number, number, number];
const CHEM: readonly Lab[] = [
  ['NA', 'Na', 122, 152, 0], ['K', 'K', 2.8, 6.2, 1], ['CL', 'Cl', 88, 116, 0], ['CO2', 'CO2', 12, 34, 0], ['BUN', 'BUN', 5, 110, 0], ['CR', 'Cr', 0.4, 7.5, 1],
  ['GLU', 'Glu', 60, 380, 0], ['CA', 'Ca', 6.8, 10.8, 1], ['MG', 'Mg', 1.2, 3, 1], ['PHOS', 'Phos', 1.4, 7, 1],
];
const CBC: readonly Lab[] = [
  ['WBC', 'WBC', 1.5, 28, 1], ['HCT', 'Hct', 19, 44, 1], ['HGB', 'Hgb', 6, 15, 1], ['PLT', 'Plt', 18, 480, 0], ['INR', 'INR', 0.9, 4.5, 1], ['PTT', 'PTT', 22, 120, 1],
];

function panel(r: Rng, rows: readonly Lab[], mixed: boolean): string {
  const k = int(r, 3, rows.length);
  const start = int(r, 0, rows.length - k);
  const style = weighted(r, [[60, ' '], [20, ': '], [10, '-'], [10, '=']] as const);
  const join = pick(r, [' ', ', ', '  ', ' / ', ', ']);
  const out: string[] = [];
  for (let i = 0; i < k; i++) {
    const [upper, lower, lo, hi, d] = rows[start + i]!;
    out.push(`${mixed ? lower : upper}${style}${dec(r, lo, hi, d)}`);
  }
  return out.join(join);
}

/** The chem-7 written as slashes: `138/101/22 4.2/24/1.1 <104` or `LYTES 138/4.2/101/24/22/1.1/104`. */
function slashPanel(r: Rng): string {
  const na = int(r, 124, 150);
  const k = dec(r, 2.9, 6);
  const cl = int(r, 90, 115);
  const co2 = int(r, 14, 34);
  const bun = int(r, 6, 100);
  const cr = dec(r, 0.4, 7);
  const glu = int(r, 60, 350);
  return weighted(r, [
    [50, `${na}/${cl}/${bun} ${k}/${co2}/${cr} <${glu}`],
    [50, `lytes ${na}/${k}/${cl}/${co2}/${bun}/${cr}/${glu}`],
  ] as const);
}

/**
 * Writes one dense numeric line for a body system (2–5 expressions), as negatives.
 *
 * @param c - the note
 * @param sys - the system
 */
export function writeIcuLine(c: Ctx, sys: IcuSystem): void {
  const { rng, b } = c;
  if (sys === 'labs' && chance(rng, 0.55)) {
    const mixed = b.mode === 'mixed' && chance(rng, 0.5);
    b.neg(weighted(rng, [[40, panel(rng, CHEM, mixed)], [25, panel(rng, CBC, mixed)], [20, slashPanel(rng)], [15, `${panel(rng, CHEM, mixed)}, ${panel(rng, CBC, mixed)}`]] as const));
    return;
  }
  const bank = BANKS[sys];
  const k = weighted(rng, [[25, 2], [35, 3], [25, 4], [15, 5]] as const);
  const sep = pick(rng, [', ', ', ', ' ', '. ', '; ', '  ', ' / ']);
  for (let i = 0; i < k; i++) {
    if (i > 0) b.text(sep);
    b.neg(pick(rng, bank)(rng));
    if (chance(rng, 0.12)) {
      b.text(' ');
      b.neg(when(rng));
    }
  }
}

/**
 * Writes one numeric expression of a system (for templates: `{icu:cv}`).
 *
 * @param c - the note
 * @param sys - the system
 */
export function writeIcuAtom(c: Ctx, sys: IcuSystem): void {
  c.b.neg(pick(c.rng, BANKS[sys])(c.rng));
}

/**
 * Writes a time or shift expression (`@ 2100`, `0700-1900`, `from 1200 to 1600`), a negative.
 *
 * @param c - the note
 */
export function writeWhen(c: Ctx): void {
  c.b.neg(when(c.rng));
}

/**
 * Writes a numeric range (`100-120`, `3.5-4.0`) between the bounds, a negative.
 *
 * @param c - the note
 * @param spec - `lo-hi` (whole numbers) or `lo-hi-d` (decimals with d places)
 */
export function writeRange(c: Ctx, spec: string): void {
  const [lo, hi, d] = spec.split('-').map(Number) as [number, number, number | undefined];
  if (d !== undefined && d > 0) c.b.neg(decRange(c.rng, lo, hi, d));
  else c.b.neg(rng2(c.rng, lo, hi, hi - lo >= 60 ? pick(c.rng, [5, 10]) : hi - lo >= 20 ? pick(c.rng, [1, 2, 5]) : 1));
}

/** Kinds of count: `x` (`x2`, `x2-3`), `q` (`q4-6h`), `#` (`#2`), `of` (`2 of 4`), `frac` (`3/4`), or any. */
const COUNTS: Record<string, (r: Rng) => string> = {
  x: (r) => weighted(r, [[50, `x${int(r, 1, 4)}`], [20, `X ${int(r, 1, 3)}`], [20, `x${int(r, 1, 2)}-${int(r, 2, 4)}`], [10, `x ${int(r, 2, 3)}`]] as const),
  q: (r) => (chance(r, 0.6) ? `q${pick(r, ['4-6', '2-4', '6-8', '1-2', '3-4', '4', '2'])}h` : `Q${pick(r, ['4-6', '2-4', '6-8', '1-2', '4', '6', '2'])}H`),
  '#': (r) => (chance(r, 0.7) ? `#${int(r, 1, 4)}` : `#${pick(r, [18, 20, 22, 7, 8])}`),
  of: (r) => `${int(r, 1, 3)} of ${int(r, 3, 4)}`,
  frac: (r) => (chance(r, 0.6) ? pick(r, ['3/4', '1/2', '1/4', '2/3']) : `${int(r, 1, 2)}/${int(r, 2, 4)}`),
  l: (r) => `${int(r, 1, 3)}-${int(r, 3, 5)}L`,
};
const COUNT_KINDS = Object.keys(COUNTS);

/**
 * Writes a count or ordinal that is never a date or id: `x2`, `#2`, `2 of 4`, `Q4-6H`, `3/4`.
 *
 * @param c - the note
 * @param kind - `x`, `q`, `#`, `of`, `frac`, `l` (any when omitted)
 */
export function writeCount(c: Ctx, kind?: string): void {
  const f = COUNTS[kind ?? pick(c.rng, COUNT_KINDS)];
  if (!f) throw new Error(`unknown count kind ${kind}`);
  c.b.neg(f(c.rng));
}

/** Short terse ICU sentences in nursing abbreviations (single upper-case words that are not names or places). */
const TERSE = [
  'DSG CDI.', 'Drsg C/D/I.', 'OGT to LCS.', 'NGT to LIWS.', 'OGT placed, placement confirmed by CXR.', 'Neo off.', 'Neo weaned off.', 'Lasix given w/ good effect.',
  'Rec\'d 2 u PRBC.', 'PRBC infusing.', 'Tx to SICU from PACU.', 'Rec\'d from PACU.', 'To CT and back w/o incident.', 'CDI.', 'VSS.', 'NAD.', 'OOB to chair.',
  'HOB >30.', 'SCDs on.', 'SQH for DVT ppx.', 'PPI for GI ppx.', 'KVO.', 'TKO.', 'No BM.', 'BS hypoactive.', 'NPO after MN.', 'TF held.', 'TF restarted.',
  'Trach care done.', 'Mouth care q2h.', 'Foley patent.', 'CVL changed over wire.', 'A-line re-zeroed.', 'Pacer wires capped.', 'Epicardial wires in place.',
  'CXR done.', 'KUB done.', 'ABX given.', 'Vanco level sent.', 'FFP given.', 'Plt given.', 'Cryo given.', 'ETT suctioned.', 'Cuff leak present.', 'ABG sent.',
  'Labs sent.', 'Lytes repleted.', 'K repleted.', 'Mg repleted.', 'Lasix held.', 'Neo titrated.', 'Levo titrated.', 'Prop decreased.', 'Fent bolus given.',
  'PT/OT in.', 'RT aware.', 'HO aware.', 'NP aware.', 'Team aware.', 'SW in.', 'CM aware.', 'PCT assisting.', 'Resident at bedside.', 'Sedation vacation done.',
  'SBT failed.', 'SBT passed.', 'Extubated.', 'Reintubated.', 'Bronch done.', 'Rectal tube placed.', 'Flexiseal in place.', 'Tele on.', 'NSR.', 'Afib.',
  'Arrived from PACU.', 'Back from PACU.', 'PACU RN gave report.', 'SICU team aware.', 'SICU resident in.', 'Boarding in PACU overnight.', 'Transfer to SICU.', 'Neo d/c\'d in PACU.',
  'Lasix 40 IV given.', 'NGT placed.', 'OGT advanced.', 'DSG reinforced.', 'PRBC x1.',
  'Pacer on demand.', 'IABP 1:1.', 'IABP 1:2.', 'Impella P4.', 'CRRT restarted.', 'Filter clotted.', 'DVT ppx: SQH.', 'Skin intact.', 'Sacrum CDI.', 'MAE.', 'PERRL.',
];

/**
 * Writes a terse ICU sentence (`DSG CDI.`, `Tx to SICU from PACU.`), a negative.
 *
 * @param c - the note
 */
export function writeTerse(c: Ctx): void {
  c.b.neg(pick(c.rng, TERSE));
}
