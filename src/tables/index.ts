// PLACEHOLDER: module index, owned by the helper implementing src/tables. Replace with real exports.
export {};
