// Type declarations for the few natural modules imported by deep path (the package root pulls in
// storage back-ends that print to stdout on load, so it is never imported whole).
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro-Winkler similarity in [0, 1] (1 = identical). */
  function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
  export default JaroWinklerDistance;
}
declare module 'natural/lib/natural/phonetics/metaphone.js' {
  class Metaphone {
    process(token: string, maxLength?: number): string;
  }
  export default Metaphone;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
