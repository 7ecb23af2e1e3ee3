// PLACEHOLDER: module index, owned by the helper implementing src/anchors. Replace with real exports.
export {};
