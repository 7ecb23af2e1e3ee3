/**
 * Date shifting: one keyed offset per patient, whole days, UTC arithmetic, the input's form kept.
 *
 * @module
 */
export {
  parseDateTime,
  EXPECTED_DATE_FORMS,
  type DateFormat,
  type TimeFormat,
  type FractionFormat,
  type ZoneFormat,
  type ParsedDateTime,
} from './parseDateTime.js';
export { formatDateTime } from './formatDateTime.js';
export { shiftDateTime, shiftDate } from './shiftDateTime.js';
export { deriveOffsetDays, createOffsetDeriver, type OffsetOptions, type OffsetDeriver } from './deriveOffsetDays.js';
export { shiftDatesInText, type ShiftDatesInTextResult } from './shiftDatesInText.js';
