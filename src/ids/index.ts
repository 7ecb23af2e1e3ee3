// PLACEHOLDER: module index, owned by the helper implementing src/ids. Replace with real exports.
export {};
