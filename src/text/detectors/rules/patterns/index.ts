/**
 * Pattern (regex + context) detectors of algorithm 1, one per file. Each is a pure
 * `ctx → spans` function; order does not matter (the scrubber takes the union).
 *
 * @module
 */
import type { Detector } from '../../../types.js';
import { addressDetector } from './address.js';
import { ageDetector } from './age.js';
import { contactDetector } from './contact.js';
import { contextNameDetector } from './contextName.js';
import { contextPlaceDetector } from './contextPlace.js';
import { dateDetector } from './date.js';
import { facilityAcronymDetector } from './facilityAcronym.js';
import { fieldLabelDetector } from './fieldLabel.js';
import { hospitalDetector } from './hospital.js';
import { idDetector } from './id.js';
import { organisationDetector } from './organisation.js';
import { phoneDetector } from './phone.js';
import { recordNameDetector } from './recordName.js';
import { staffInitialsDetector } from './staffInitials.js';
import { tableNameDetector } from './tableName.js';
import { titledNameDetector } from './titledName.js';

export {
  addressDetector,
  ageDetector,
  contactDetector,
  contextNameDetector,
  contextPlaceDetector,
  dateDetector,
  facilityAcronymDetector,
  fieldLabelDetector,
  hospitalDetector,
  idDetector,
  organisationDetector,
  phoneDetector,
  recordNameDetector,
  staffInitialsDetector,
  tableNameDetector,
  titledNameDetector,
};

/** Every pattern detector, keyed by its file name (used by the registration test). */
export const patternDetectorsByFile: Readonly<Record<string, Detector>> = Object.freeze({
  address: addressDetector,
  age: ageDetector,
  contact: contactDetector,
  contextName: contextNameDetector,
  contextPlace: contextPlaceDetector,
  date: dateDetector,
  facilityAcronym: facilityAcronymDetector,
  fieldLabel: fieldLabelDetector,
  hospital: hospitalDetector,
  id: idDetector,
  organisation: organisationDetector,
  phone: phoneDetector,
  recordName: recordNameDetector,
  staffInitials: staffInitialsDetector,
  tableName: tableNameDetector,
  titledName: titledNameDetector,
});

/** The pattern detectors of algorithm 1. */
export const patternDetectors: readonly Detector[] = Object.freeze(Object.values(patternDetectorsByFile));
