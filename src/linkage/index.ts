// PLACEHOLDER: module index, owned by the helper implementing src/linkage. Replace with real exports.
export {};
