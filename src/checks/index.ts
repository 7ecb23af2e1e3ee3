// PLACEHOLDER: module index, owned by the helper implementing src/checks. Replace with real exports.
export {};
