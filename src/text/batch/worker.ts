// PLACEHOLDER: worker entry for batch scrubbing (owned by the NLP/batch helper).
export {};
