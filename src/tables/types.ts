/**
 * What the release pipeline reports: progress events while it runs, and `report.json` when it
 * is done (counts and names, never data values).
 *
 * @module
 */

/**
 * A progress event: `phase` of `table`, `done` of `total` units. Staging and scrubbing report
 * one table at a time (units: the table, or its text values); writing reports tables as units,
 * and `table` names those being written at that moment (two may be written at once).
 */
export interface ProgressEvent {
  readonly phase: 'stage' | 'scrub' | 'write';
  readonly table: string;
  readonly done: number;
  readonly total: number;
}

/** Row accounting of one table: `rowsIn = rowsOut + quarantined + excluded`. */
export interface TableReport {
  readonly table: string;
  readonly source: string;
  readonly release: string;
  readonly rowsIn: number;
  readonly rowsOut: number;
  readonly quarantined: number;
  readonly excluded: number;
  readonly quarantinedByReason: Readonly<Record<string, number>>;
  readonly balanced: boolean;
}

/** `report.json`: what the run did. Holds counts and names, never data values. */
export interface ReleaseReport {
  readonly tool: 'ehr-deid';
  readonly version: string;
  readonly demo: boolean;
  readonly startedAt: string;
  readonly seconds: number;
  readonly accounting: string;
  readonly format: string;
  readonly tables: readonly TableReport[];
  readonly patients: { readonly included: number; readonly excluded: Readonly<Record<string, number>> };
  /**
   * Per namespace: source keys given an id this run and in all (`total`), and the distinct ids
   * they map to (`ids`: fewer than the keys where MRNs were merged).
   */
  readonly ids: Readonly<Record<string, { readonly assignedThisRun: number; readonly total: number; readonly ids: number }>>;
  readonly notes: Readonly<Record<string, number>>;
  readonly phi: {
    readonly spans: number;
    readonly byType: Readonly<Record<string, number>>;
    /** Removed regions per detector (`known/<column>` for known identifiers); a region counts for each of its detectors. */
    readonly bySource: Readonly<Record<string, number>>;
    readonly textValues: number;
    readonly textChars: number;
  };
  readonly quarantine: { readonly rows: number; readonly byReason: Readonly<Record<string, number>>; readonly files: readonly string[] };
}
