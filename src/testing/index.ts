// PLACEHOLDER: module index, owned by the helper implementing src/testing. Replace with real exports.
export {};
