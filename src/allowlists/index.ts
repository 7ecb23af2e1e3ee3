// PLACEHOLDER: module index, owned by the helper implementing src/allowlists. Replace with real exports.
export {};
