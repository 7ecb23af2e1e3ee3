// PLACEHOLDER: module index, owned by the helper implementing src/dates. Replace with real exports.
export {};
