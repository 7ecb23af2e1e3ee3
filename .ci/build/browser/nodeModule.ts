// The browser build's stand-in for `node:module`: the NLP detectors load compromise through
// `createRequire(import.meta.url)('compromise')` in Node (lazily, it costs 0.3 s); a page gets
// compromise's ESM build, bundled.
import nlp from 'compromise';

/** @returns a `require` that knows compromise only */
export function createRequire(): (id: string) => unknown {
  return (id) => {
    if (id === 'compromise') return nlp;
    throw new Error(`ehr-deid browser build: cannot require ${id}`);
  };
}
