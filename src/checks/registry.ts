/**
 * The registry of check types: adding a check is one file and one line here.
 *
 * @module
 */
import { allowlistCheck } from './allowlist.js';
import { codesInDimensionCheck } from './codesInDimension.js';
import { coverageCheck } from './coverage.js';
import { datesShiftedCheck } from './datesShifted.js';
import { kAnonymityCheck } from './kAnonymity.js';
import { rowsHaveParentCheck } from './rowsHaveParent.js';
import { columnsAllowedCheck } from './columnsAllowed.js';
import { idRangeCheck } from './idRange.js';
import { sourceValuesCheck } from './sourceValues.js';
import { tablesPresentCheck } from './tablesPresent.js';
import { uniqueCheck } from './unique.js';
import { valueRangeCheck } from './valueRange.js';
import type { CheckDefinition, CheckSpec } from './types.js';

/** Every check type by name. @internal */
export const CHECK_TYPES: Readonly<Record<CheckSpec['type'], CheckDefinition>> = {
  codesInDimension: codesInDimensionCheck as unknown as CheckDefinition,
  rowsHaveParent: rowsHaveParentCheck as unknown as CheckDefinition,
  coverage: coverageCheck as unknown as CheckDefinition,
  allowlist: allowlistCheck as unknown as CheckDefinition,
  datesShifted: datesShiftedCheck as unknown as CheckDefinition,
  kAnonymity: kAnonymityCheck as unknown as CheckDefinition,
  tablesPresent: tablesPresentCheck as unknown as CheckDefinition,
  idRange: idRangeCheck as unknown as CheckDefinition,
  unique: uniqueCheck as unknown as CheckDefinition,
  valueRange: valueRangeCheck as unknown as CheckDefinition,
  columnsAllowed: columnsAllowedCheck as unknown as CheckDefinition,
  sourceValues: sourceValuesCheck as unknown as CheckDefinition,
};
