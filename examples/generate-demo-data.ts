/**
 * Generates the bundled demo dataset: a synthetic, *identified* hospital extract (names, MRNs,
 * birth dates, addresses, phone numbers, notes full of PHI) that `ehr-deid demo` de-identifies.
 * Every person, place and number is invented; the seed is fixed, so the output is reproducible.
 *
 *   node --import tsx examples/generate-demo-data.ts                       # examples/demo-data
 *   node --import tsx examples/generate-demo-data.ts --patients 100000 --chartevents-per-stay 400 --out /tmp/big
 *
 * It also writes `<out>-truth.json` (beside the folder, not in it): the planted bad rows the
 * pipeline must quarantine, the minors and protected patients the cohort rules must exclude,
 * and the merged MRNs. Tests read it; it is test truth, not data.
 */
import { createWriteStream, mkdirSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip, type Gzip } from 'node:zlib';
import seedrandom from 'seedrandom';

interface Args {
  patients: number;
  chartPerStay: number;
  out: string;
  seed: string;
}

function parseArgs(argv: readonly string[]): Args {
  const here = dirname(fileURLToPath(import.meta.url));
  const args: Args = { patients: 200, chartPerStay: 30, out: join(here, 'demo-data'), seed: 'ehr-deid-demo-v1' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--patients' && v) (args.patients = Number(v)), i++;
    else if (a === '--chartevents-per-stay' && v) (args.chartPerStay = Number(v)), i++;
    else if (a === '--out' && v) (args.out = resolve(v)), i++;
    else if (a === '--seed' && v) (args.seed = v), i++;
    else throw new Error(`unknown argument ${a ?? ''}`);
  }
  if (!Number.isInteger(args.patients) || args.patients < 20) throw new Error('--patients must be an integer >= 20');
  return args;
}

// Invented name, street and place lists (not taken from any corpus).
const FIRST_F = ['Amelia', 'Beatrix', 'Corinne', 'Delphine', 'Esmeralda', 'Florence', 'Gwendolyn', 'Harriet', 'Imogen', 'Josefina', 'Katarina', 'Lucinda', 'Marisol', 'Noelle', 'Ottilie', 'Priscilla', 'Rosalind', 'Serafina', 'Theodora', 'Ursula', 'Valentina', 'Wilhelmina', 'Yolanda', 'Zuleika', 'Agnieszka', 'Bronwyn', 'Consuelo', 'Dagny', 'Eulalia', 'Fenella'];
const FIRST_M = ['Ambrose', 'Bartholomew', 'Cornelius', 'Desmond', 'Evander', 'Fitzgerald', 'Gideon', 'Horatio', 'Ignatius', 'Jasper', 'Leopold', 'Mortimer', 'Nathaniel', 'Octavius', 'Percival', 'Quentin', 'Reginald', 'Sebastian', 'Thaddeus', 'Ulysses', 'Vladimir', 'Wendell', 'Xavier', 'Zebulon', 'Anselm', 'Benedikt', 'Casimir', 'Dorian', 'Emeric', 'Florian'];
const LAST = ['Abernathy', 'Blackwood', 'Castellanos', 'Delacroix', 'Ellingsworth', 'Fairweather', 'Gallagher', 'Hargreaves', 'Iwasaki', 'Jablonski', 'Kowalczyk', 'Lindqvist', 'Montgomery', 'Nakashima', 'Oyelaran', 'Pemberton', 'Quiñones', 'Rasmussen', 'Szymanski', 'Thorbecke', 'Underhill', 'Vanderberg', 'Whitcombe', 'Yamamoto', 'Zielinski', 'Achterberg', 'Bellweather', 'Calloway', 'Drummond', 'Esterhazy', 'Featherstone', 'Grimaldi', 'Holloway', 'Ingersoll', 'Kavanagh', 'Lockhart', 'Mercado', 'Novak', 'Okonkwo', 'Prendergast', 'Rutherford', 'Stanhope', 'Trevelyan', 'Vasquez', 'Wexford'];
const CLINICIANS = ['Ophelia Marchbanks', 'Cedric Vantongeren', 'Isadora Quennell', 'Lysander Okafor', 'Minerva Castellane', 'Tobias Wrenfield', 'Henrietta Solberg', 'Augustin Pelletier'];
const STREETS = ['Birchwood Lane', 'Cobblestone Way', 'Harrowgate Road', 'Juniper Court', 'Kestrel Avenue', 'Larkspur Drive', 'Millbrook Terrace', 'Quarry Hill Road', 'Sparrowhawk Street', 'Wintergreen Place'];
const CITIES = [['Easthollow', '01944'], ['Marlowe Falls', '01862'], ['Pinecrest Harbor', '02367'], ['Westbury Glen', '01773'], ['North Ashford', '01430'], ['Cranmoor', '02048']] as const;
const HOSPITALS = ['Lakeside Regional Medical Center', 'St. Brendan Hospital', 'Northgate Community Hospital', 'Harborview Rehabilitation Center', 'Oakridge Nursing Home'];
const RACES = ['WHITE', 'BLACK/AFRICAN AMERICAN', 'HISPANIC/LATINO - PUERTO RICAN', 'ASIAN - CHINESE', 'ASIAN', 'OTHER', 'UNKNOWN', 'UNABLE TO OBTAIN', 'PATIENT DECLINED TO ANSWER', 'AMERICAN INDIAN/ALASKA NATIVE'];
const INSURANCE = ['Medicare', 'Medicaid', 'Other'];
const MARITAL = ['MARRIED', 'SINGLE', 'WIDOWED', 'DIVORCED'];
const ADM_TYPE = ['EW EMER.', 'URGENT', 'ELECTIVE', 'OBSERVATION ADMIT', 'DIRECT EMER.'];
const ADM_SRC = ['EMERGENCY ROOM', 'PHYSICIAN REFERRAL', 'TRANSFER FROM HOSPITAL', 'WALK-IN/SELF REFERRAL', 'CLINIC REFERRAL'];
const DISPO = ['HOME', 'HOME HEALTH CARE', 'SKILLED NURSING FACILITY', 'REHAB', 'DIED', 'AGAINST ADVICE'];
const UNITS = ['Medicine', 'Med/Surg', 'Cardiology', 'Neurology', 'Surgery', 'Emergency Department'];
const ICU_UNITS = ['Medical Intensive Care Unit (MICU)', 'Surgical Intensive Care Unit (SICU)', 'Cardiac Vascular Intensive Care Unit (CVICU)', 'Coronary Care Unit (CCU)'];
const CHART_ITEMS = [
  ['220045', 'bpm', 60, 120],
  ['220179', 'mmHg', 90, 160],
  ['220180', 'mmHg', 45, 95],
  ['220210', 'insp/min', 10, 30],
  ['220277', '%', 88, 100],
  ['223761', '°F', 96, 103],
] as const;
const CHART_LABELS: Record<string, string> = { '220045': 'Heart Rate', '220179': 'Non Invasive Blood Pressure systolic', '220180': 'Non Invasive Blood Pressure diastolic', '220210': 'Respiratory Rate', '220277': 'O2 saturation pulseoxymetry', '223761': 'Temperature Fahrenheit' };
const LAB_ITEMS = [
  ['50912', 'Creatinine', 'Blood', 'Chemistry', 'mg/dL', 0.5, 3.0, 0.6, 1.2],
  ['50971', 'Potassium', 'Blood', 'Chemistry', 'mEq/L', 3.0, 5.8, 3.5, 5.1],
  ['50983', 'Sodium', 'Blood', 'Chemistry', 'mEq/L', 128, 148, 135, 145],
  ['51222', 'Hemoglobin', 'Blood', 'Hematology', 'g/dL', 7, 16, 12, 16],
  ['51301', 'White Blood Cells', 'Blood', 'Hematology', 'K/uL', 3, 18, 4, 11],
  ['50931', 'Glucose', 'Blood', 'Chemistry', 'mg/dL', 60, 300, 70, 100],
  ['51265', 'Platelet Count', 'Blood', 'Hematology', 'K/uL', 80, 450, 150, 400],
] as const;
const DRUGS = [['Metoprolol Tartrate', '25', 'mg', 'PO'], ['Heparin', '5000', 'UNIT', 'SC'], ['Furosemide', '40', 'mg', 'IV'], ['Acetaminophen', '650', 'mg', 'PO'], ['Vancomycin', '1000', 'mg', 'IV'], ['Insulin', '4', 'UNIT', 'SC'], ['Docusate Sodium', '100', 'mg', 'PO']] as const;
const PROBLEMS = [
  ['community-acquired pneumonia', 'right lower lobe consolidation', 'ceftriaxone and azithromycin'],
  ['acute decompensated heart failure', 'bilateral pleural effusions', 'IV furosemide diuresis'],
  ['diabetic ketoacidosis', 'no acute cardiopulmonary process', 'an insulin drip'],
  ['urosepsis', 'no focal consolidation', 'IV vancomycin and a Foley catheter'],
  ['acute ischemic stroke', 'left MCA territory hypodensity', 'aspirin and statin therapy'],
  ['upper GI bleed', 'no free air', 'pantoprazole drip and transfusion'],
] as const;

type Rng = () => number;

class Table {
  private readonly stream: WriteStream;
  private readonly gz: Gzip | undefined;
  rows = 0;
  /** 1-based physical line of the next row (header is line 1). */
  line = 2;
  constructor(dir: string, file: string, header: readonly string[]) {
    this.stream = createWriteStream(join(dir, file));
    if (file.endsWith('.gz')) {
      this.gz = createGzip({ level: 9 });
      this.gz.pipe(this.stream);
    }
    this.write(header.join(',') + '\n');
  }
  private write(s: string): void {
    (this.gz ?? this.stream).write(s);
  }
  add(values: readonly (string | number | null)[]): { row: number; line: number } {
    const text = values.map(csvField).join(',') + '\n';
    const pos = { row: ++this.rows, line: this.line };
    this.line += text.split('\n').length - 1;
    this.write(text);
    return pos;
  }
  /** Writes a raw (possibly malformed) line; not counted as a parsed row. */
  raw(text: string): number {
    const line = this.line;
    this.line += text.split('\n').length - 1;
    this.write(text);
    return line;
  }
  async close(): Promise<void> {
    await new Promise<void>((res) => {
      this.stream.on('close', () => res());
      (this.gz ?? this.stream).end();
    });
  }
}

function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const fmtDate = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const fmtDt = (d: Date): string => `${fmtDate(d)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
const mdy = (d: Date): string => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const addMin = (d: Date, m: number): Date => new Date(d.getTime() + m * 60_000);

interface Patient {
  mrn: string;
  oldMrn?: string;
  first: string;
  last: string;
  sex: 'F' | 'M';
  birth: Date;
  street: string;
  city: string;
  zip: string;
  phone: string;
  death: Date | null;
  relative: string;
  relation: string;
  relPhone: string;
  kind: 'adult' | 'minor' | 'protected';
  firstYear: number;
}

/** Generates the dataset; returns the truth manifest. */
export async function generate(args: Args): Promise<Record<string, unknown>> {
  const rng: Rng = seedrandom(args.seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const phone = (): string => {
    const a = pick(['617', '781', '508', '978']);
    const n = `555-${pad(int(100, 9999), 4)}`;
    return pick([`(${a}) ${n}`, `${a}-${n}`, `${a}.${n.replace('-', '.')}`]);
  };
  const out = args.out;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const usedMrn = new Set<string>();
  const mrn = (): string => {
    for (;;) {
      const m = `7${pad(int(0, 99_999_999), 8)}`;
      if (!usedMrn.has(m)) return usedMrn.add(m), m;
    }
  };
  let seq = 0;
  const nextId = (prefix: string, width: number): string => `${prefix}${pad(++seq, width)}`;

  // --- patients
  const patients: Patient[] = [];
  const nMinor = Math.max(3, Math.round(args.patients * 0.04));
  for (let i = 0; i < args.patients; i++) {
    const sex = rng() < 0.5 ? 'F' : 'M';
    const kind: Patient['kind'] = i === 7 ? 'protected' : i % Math.floor(args.patients / nMinor) === 3 ? 'minor' : 'adult';
    const firstAdmitYear = int(2008, 2017);
    const age = kind === 'minor' ? int(1, 16) : i % 40 === 11 ? int(90, 97) : int(19, 88);
    const birth = new Date(Date.UTC(firstAdmitYear - age, int(0, 11), int(1, 28)));
    const [city, zip] = pick(CITIES);
    const p: Patient = {
      mrn: mrn(),
      first: pick(sex === 'F' ? FIRST_F : FIRST_M),
      last: pick(LAST),
      sex,
      birth,
      street: `${int(2, 980)} ${pick(STREETS)}`,
      city,
      zip,
      phone: phone(),
      death: null,
      relative: `${pick(rng() < 0.5 ? FIRST_F : FIRST_M)} ${pick(LAST)}`,
      relation: pick(['daughter', 'son', 'wife', 'husband', 'sister', 'brother']),
      relPhone: phone(),
      kind,
      firstYear: firstAdmitYear,
    };
    if (i % 17 === 5) p.oldMrn = mrn();
    patients.push(p);
  }

  const pm = new Table(out, 'patient_master.csv', ['mrn', 'last_name', 'first_name', 'birth_date', 'sex', 'street_address', 'city', 'state', 'zip', 'home_phone', 'death_date']);
  const merges = new Table(out, 'mrn_merges.csv', ['retired_mrn', 'surviving_mrn', 'merged_on']);
  const prot = new Table(out, 'protected_patients.csv', ['mrn', 'reason']);
  const enc = new Table(out, 'encounters.csv', ['encounter_id', 'mrn', 'admit_dttm', 'disch_dttm', 'death_dttm', 'admission_type', 'admit_source', 'disch_disposition', 'insurance', 'language', 'marital_status', 'race', 'ed_reg_dttm', 'ed_out_dttm']);
  const adt = new Table(out, 'adt_transfers.csv', ['transfer_id', 'encounter_id', 'mrn', 'event_type', 'unit_name', 'in_dttm', 'out_dttm']);
  const icu = new Table(out, 'icu_stays.csv', ['icu_stay_id', 'encounter_id', 'first_unit', 'last_unit', 'in_dttm', 'out_dttm', 'los_days']);
  const chart = new Table(out, 'chart_events.csv.gz', ['icu_stay_id', 'item_code', 'chart_dttm', 'store_dttm', 'value', 'value_num', 'uom']);
  const labs = new Table(out, 'lab_results.csv.gz', ['result_id', 'mrn', 'encounter_id', 'specimen_no', 'test_code', 'collect_dttm', 'result_dttm', 'result_value', 'result_num', 'units', 'ref_low', 'ref_high', 'abnormal_flag', 'priority', 'result_comment']);
  const rx = new Table(out, 'rx_orders.csv', ['order_no', 'mrn', 'encounter_id', 'start_dttm', 'stop_dttm', 'drug', 'dose_value', 'dose_unit', 'route', 'ordering_provider']);
  const ds = new Table(out, 'discharge_notes.csv', ['note_no', 'mrn', 'encounter_id', 'note_type', 'note_dttm', 'signed_dttm', 'note_text']);
  const rr = new Table(out, 'radiology_reports.csv', ['accession_no', 'mrn', 'encounter_id', 'exam_dttm', 'report_dttm', 'exam_name', 'report_text']);
  const cat = new Table(out, 'lab_test_catalog.csv', ['test_code', 'test_name', 'fluid', 'category']);
  for (const [code, name, fluid, category] of LAB_ITEMS) cat.add([code, name, fluid, category]);
  const items = new Table(out, 'chart_item_catalog.csv', ['item_code', 'item_name', 'unit', 'category']);
  for (const [code, unit] of CHART_ITEMS) items.add([code, CHART_LABELS[code] ?? code, unit, code === '223761' ? 'Routine Vital Signs' : 'Respiratory']);

  const truth = {
    description: 'Test truth for the demo dataset: NOT part of the shipped data. Read by test/e2e.',
    seed: args.seed,
    quarantine: [] as { table: string; reason: string; row?: number; line?: number; column?: string }[],
    excluded: { minors: [] as string[], protected: [] as string[] },
    merges: [] as { retired: string; surviving: string }[],
    counts: {} as Record<string, number>,
    identifiers: { names: [] as string[], mrns: [] as string[], phones: [] as string[], streets: [] as string[], birthDates: [] as string[] },
  };

  const stays: { id: string; inDt: Date; outDt: Date }[] = [];
  let plantedUnknownLab = false;
  let plantedBadChart = false;
  let plantedMalformedRx = false;
  for (const [pi, p] of patients.entries()) {
    if (p.kind === 'minor') truth.excluded.minors.push(p.mrn);
    if (p.kind === 'protected') {
      truth.excluded.protected.push(p.mrn);
      prot.add([p.mrn, 'VIP - restricted record']);
    }
    if (p.oldMrn) {
      merges.add([p.oldMrn, p.mrn, fmtDate(new Date(Date.UTC(2018, int(0, 11), int(1, 28))))]);
      truth.merges.push({ retired: p.oldMrn, surviving: p.mrn });
    }
    truth.identifiers.names.push(p.first, p.last);
    truth.identifiers.mrns.push(p.mrn, ...(p.oldMrn ? [p.oldMrn] : []));
    truth.identifiers.phones.push(p.phone, p.relPhone);
    truth.identifiers.streets.push(p.street);
    truth.identifiers.birthDates.push(fmtDate(p.birth));

    const nEnc = int(1, 4);
    let t = new Date(Date.UTC(p.firstYear, int(0, 11), int(1, 28), int(0, 23), int(0, 59)));
    let lastDisch = t;
    for (let e = 0; e < nEnc; e++) {
      const admit = t;
      if (admit.getUTCFullYear() > 2019) break;
      const disch = addMin(admit, int(1, 14) * 1440 + int(0, 600));
      lastDisch = disch;
      const encId = nextId('V', 9);
      const useOld = p.oldMrn && e === 0;
      const encMrn = useOld ? (p.oldMrn as string) : p.mrn;
      const isLast = e === nEnc - 1;
      const died = isLast && pi % 9 === 4;
      if (died) p.death = disch;
      const edReg = rng() < 0.6 ? addMin(admit, -int(60, 400)) : null;
      enc.add([encId, encMrn, fmtDt(admit), fmtDt(disch), died ? fmtDt(disch) : null, pick(ADM_TYPE), pick(ADM_SRC), died ? 'DIED' : pick(DISPO), pick(INSURANCE), pick(['ENGLISH', 'ENGLISH', '?']), pick(MARITAL), pi % 23 === 9 ? `Per ${p.relation} ${p.relative}: mixed` : pick(RACES), edReg ? fmtDt(edReg) : null, edReg ? fmtDt(admit) : null]);
      // transfers
      let tt = admit;
      const nTr = int(1, 3);
      let stay: { id: string; inDt: Date; outDt: Date } | undefined;
      for (let k = 0; k < nTr; k++) {
        const end = k === nTr - 1 ? disch : addMin(tt, Math.floor((disch.getTime() - tt.getTime()) / 60_000 / 2));
        const isIcu = k === 0 && rng() < 0.45;
        const unit = isIcu ? pick(ICU_UNITS) : pick(UNITS);
        adt.add([nextId('T', 9), encId, encMrn, k === 0 ? 'admit' : 'transfer', unit, fmtDt(tt), fmtDt(end)]);
        if (isIcu) {
          stay = { id: nextId('ICU', 8), inDt: tt, outDt: end };
          icu.add([stay.id, encId, unit, unit, fmtDt(tt), fmtDt(end), ((end.getTime() - tt.getTime()) / 86_400_000).toFixed(4)]);
          stays.push(stay);
        }
        tt = end;
      }
      adt.add([nextId('T', 9), encId, encMrn, 'discharge', null, fmtDt(disch), null]);
      if (stay) {
        const span = (stay.outDt.getTime() - stay.inDt.getTime()) / 60_000;
        for (let c = 0; c < args.chartPerStay; c++) {
          const [code, uom, lo, hi] = pick(CHART_ITEMS);
          const at = addMin(stay.inDt, Math.floor((span * c) / args.chartPerStay));
          const v = lo + Math.floor(rng() * (hi - lo));
          let when = fmtDt(at);
          if (!plantedBadChart && p.kind === 'adult' && stays.length >= 5 && c === 3) {
            when = '2013-02-30 25:61:00';
            plantedBadChart = true;
            const pos = chart.add([stay.id, code, when, fmtDt(addMin(at, int(1, 30))), String(v), String(v), uom]);
            truth.quarantine.push({ table: 'chart_events', reason: 'DATE_INVALID', row: pos.row, column: 'chart_dttm' });
            continue;
          }
          chart.add([stay.id, code, when, fmtDt(addMin(at, int(1, 30))), String(v), String(v), uom]);
        }
      }
      // labs
      const nLab = int(4, 12);
      for (let l = 0; l < nLab; l++) {
        const [code, , , , unit, lo, hi, rlo, rhi] = pick(LAB_ITEMS);
        const at = addMin(admit, int(0, Math.max(1, Math.floor((disch.getTime() - admit.getTime()) / 60_000))));
        const v = lo + rng() * (hi - lo);
        const val = v >= 10 ? v.toFixed(0) : v.toFixed(1);
        const flag = v < rlo || v > rhi ? 'abnormal' : null;
        const doc = pick(CLINICIANS);
        const comment = rng() < 0.25
          ? pick([
              `Critical value called to Dr. ${doc} at ${phone()} on ${mdy(at)} by lab tech, read back verified.`,
              `Specimen recollected; pt ${p.first} ${p.last} (MRN ${p.mrn}) hemolyzed on first draw.`,
              `Verified by ${doc}. Prior result ${mdy(addMin(at, -int(2000, 90000)))} for comparison.`,
              `Per ${p.relation} ${p.relative}, pt on home meds. Call back ${p.relPhone}.`,
            ])
          : null;
        let labMrn = p.mrn;
        if (!plantedUnknownLab && pi === 13 && l === 0) {
          labMrn = mrn();
          plantedUnknownLab = true;
          truth.identifiers.mrns.push(labMrn);
          const pos = labs.add([nextId('LR', 10), labMrn, encId, nextId('SP', 8), code, fmtDt(at), fmtDt(addMin(at, 45)), val, val, unit, String(rlo), String(rhi), flag, 'ROUTINE', comment]);
          truth.quarantine.push({ table: 'lab_results', reason: 'UNKNOWN_PATIENT', row: pos.row, column: 'mrn' });
          continue;
        }
        labs.add([nextId('LR', 10), labMrn, l % 5 === 4 ? null : encId, nextId('SP', 8), code, fmtDt(at), fmtDt(addMin(at, int(30, 240))), val, val, unit, String(rlo), String(rhi), flag, pick(['ROUTINE', 'STAT']), comment]);
      }
      // prescriptions
      const nRx = int(2, 6);
      for (let r = 0; r < nRx; r++) {
        const [drug, dose, unit, route] = pick(DRUGS);
        const start = addMin(admit, int(0, 600));
        if (!plantedMalformedRx && pi === 21 && r === 1) {
          plantedMalformedRx = true;
          const line = rx.raw(`${nextId('RX', 9)},${p.mrn},${encId},${fmtDt(start)},${fmtDt(disch)},"${drug} 50mg" tab,${dose},${unit},${route},"${pick(CLINICIANS)}"\n`);
          truth.quarantine.push({ table: 'rx_orders', reason: 'CSV_MALFORMED', line });
          continue;
        }
        rx.add([nextId('RX', 9), encMrn, encId, fmtDt(start), fmtDt(disch), drug, dose, unit, route, `Dr. ${pick(CLINICIANS)}`]);
      }
      // notes
      const doc = pick(CLINICIANS);
      const [problem, imaging, treatment] = pick(PROBLEMS);
      const hosp = pick(HOSPITALS);
      const title = p.sex === 'F' ? 'Ms.' : 'Mr.';
      const age = admit.getUTCFullYear() - p.birth.getUTCFullYear();
      const dsText = [
        `Name: ${p.last}, ${p.first}    Unit No: ${p.mrn}`,
        `Admission Date: ${mdy(admit)}    Discharge Date: ${mdy(disch)}`,
        `Date of Birth: ${mdy(p.birth)}    Sex: ${p.sex}`,
        `Attending: ${doc}, MD`,
        '',
        'Chief Complaint:',
        `${problem}`,
        '',
        'History of Present Illness:',
        `${title} ${p.last} is a ${age} year old ${p.sex === 'F' ? 'woman' : 'man'} who presented on ${longDate(admit)} with ${problem}. ` +
          `${p.sex === 'F' ? 'She' : 'He'} was transferred from ${hosp} after an outside CT. ` +
          `History obtained from the patient and ${p.sex === 'F' ? 'her' : 'his'} ${p.relation}, ${p.relative}, who can be reached at ${p.relPhone}.`,
        '',
        'Brief Hospital Course:',
        `Treated with ${treatment}. Chest imaging showed ${imaging}. Foley catheter removed on hospital day 3. ` +
          `Seen by Dr. ${pick(CLINICIANS).split(' ')[1]} from cardiology on ${mdy(addMin(admit, 2880))}.`,
        '',
        'Social History:',
        `Lives at ${p.street}, ${p.city}, MA ${p.zip} with ${p.relation}. Home phone ${p.phone}.`,
        '',
        'Discharge Instructions:',
        `${title} ${p.last}, please follow up with Dr. ${doc.split(' ')[1]} in 2 weeks. Call ${phone()} with questions.`,
      ].join('\n');
      ds.add([nextId('DSN', 8), encMrn, encId, 'DS', fmtDt(disch), fmtDt(addMin(disch, int(60, 2000))), dsText]);
      if (rng() < 0.6) {
        const exam = addMin(admit, int(30, 600));
        const rrText = [
          `EXAMINATION: CHEST (PA AND LAT)`,
          `INDICATION: ${age} year old ${p.sex === 'F' ? 'woman' : 'man'} with ${problem}. Patient ${p.first} ${p.last}, MRN ${p.mrn}.`,
          `COMPARISON: Prior study from ${hosp} dated ${mdy(addMin(exam, -int(40000, 400000)))}.`,
          `FINDINGS: ${imaging}. No pneumothorax.`,
          `IMPRESSION: ${imaging}. Findings discussed with Dr. ${pick(CLINICIANS)} by telephone at ${pad(int(0, 23))}:${pad(int(0, 59))} on ${mdy(exam)}.`,
        ].join('\n');
        rr.add([nextId('RAD', 9), encMrn, encId, fmtDt(exam), fmtDt(addMin(exam, int(20, 300))), 'CHEST (PA AND LAT)', rrText]);
      }
      t = addMin(disch, int(20, 900) * 1440);
    }
    if (!p.death && pi % 9 === 2) p.death = addMin(lastDisch, int(20, 900) * 1440); // some beyond the 1-year censoring
    pm.add([p.mrn, p.last, p.first, fmtDate(p.birth), p.sex, p.street, p.city, 'MA', p.zip, p.phone, p.death ? fmtDate(p.death) : null]);
  }
  const tables = { patient_master: pm, mrn_merges: merges, protected_patients: prot, encounters: enc, adt_transfers: adt, icu_stays: icu, chart_events: chart, lab_results: labs, rx_orders: rx, discharge_notes: ds, radiology_reports: rr, lab_test_catalog: cat, chart_item_catalog: items };
  for (const [name, t] of Object.entries(tables)) {
    await t.close();
    truth.counts[name] = t.rows;
  }
  // the staff table (names searched in every note); written without the random generator, so
  // the other files stay as they were
  const staff = CLINICIANS.map((c, i) => [`S${pad(i + 1, 4)}`, ...c.split(' ')] as const);
  writeFileSync(join(out, 'staff.csv'), 'staff_id,first_name,last_name\n' + staff.map((r) => r.join(',')).join('\n') + '\n');
  truth.counts.staff = staff.length;
  return truth;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const truth = await generate(args);
  writeFileSync(`${args.out}-truth.json`, JSON.stringify(truth, null, 1) + '\n');
  process.stdout.write(`wrote ${args.out} (${Object.entries(truth.counts as Record<string, number>).map(([k, v]) => `${k}=${v}`).join(' ')})\n`);
}
