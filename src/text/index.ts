// Module index for src/text (owned by the scrubber-core helper). Add exports here.
export type { PhiType, Span, Detector, TextContext, Algorithm } from './types.js';
export { PHI_TYPES } from './types.js';
