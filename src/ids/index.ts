/**
 * Identifier look-up tables: source keys (MRNs, encounter numbers) → random, unique,
 * reproducible ids in MIMIC-like ranges, with merging of aliases and integrity-checked files.
 *
 * @module
 */
export { MIMIC_ID_NAMESPACES, type IdNamespace } from './namespaces.js';
export { createIdTable, type IdTable, type IdTableOptions } from './idTable.js';
export { assignIds, type AssignIdsOptions } from './assignIds.js';
export { formatNoteId, parseNoteId, type NoteKind } from './formatNoteId.js';
export { serializeIdTable, parseIdTable } from './serializeIdTable.js';
export { saveIdTable, loadIdTable } from './saveIdTable.js';
