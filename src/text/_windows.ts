/**
 * Windows over a very long note, so the scrubber's per-note working memory (tokens, per-token
 * analyses of the detectors, NLP windows) is bounded by the window size instead of growing with
 * the note: a note of more than 256 Ki characters (a 10 MB note) is scrubbed in overlapping
 * windows of 32 Ki characters.
 *
 * Each window has a core; cores partition the note and end at a line break where there is one
 * nearby (else at a space, else anywhere). A window is its core plus about 1 Ki characters of
 * context on each side (extended to a line start), so a detector sees the same surroundings for
 * a span in the core as it would in the whole note.
 *
 * @internal
 */

/** One window: detectors read `[start, end)`; `[coreStart, coreEnd)` is the part it owns. */
export interface TextWindow {
  readonly start: number;
  readonly end: number;
  readonly coreStart: number;
  readonly coreEnd: number;
}

/** Notes up to this many characters are scrubbed whole (every real note but a pathological few). */
export const WINDOW_WHOLE = 1 << 18;
/**
 * Characters per window core beyond {@link WINDOW_WHOLE}: small enough that a window's
 * short-lived objects mostly die young, which keeps V8's heap (and so the peak RSS) small.
 */
export const WINDOW_CHARS = 1 << 15;
/** Context on each side of a core. */
export const WINDOW_OVERLAP = 1024;
/** How far a cut may move to reach a line break or a space. */
const SNAP = 4096;

/** The offset just after the line break (or else the space) nearest after `at`, within SNAP; `at` when none. */
function snapForward(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const limit = Math.min(text.length, at + SNAP);
  const nl = text.indexOf('\n', at);
  if (nl !== -1 && nl < limit) return nl + 1;
  const sp = text.indexOf(' ', at);
  if (sp !== -1 && sp < limit) return sp + 1;
  return at;
}

/** The start of the line holding `at` (or the word after the nearest space), within SNAP; `at` when none. */
function snapBack(text: string, at: number): number {
  if (at <= 0) return 0;
  const limit = Math.max(0, at - SNAP);
  const nl = text.lastIndexOf('\n', at - 1);
  if (nl !== -1 && nl >= limit) return nl + 1;
  const sp = text.lastIndexOf(' ', at - 1);
  if (sp !== -1 && sp >= limit) return sp + 1;
  return at;
}

/**
 * @param text - the note
 * @param size - characters per core (tests use small windows)
 * @param whole - longest note kept whole
 * @returns one window covering the whole note when it is at most `whole` characters long;
 *   otherwise overlapping windows whose cores partition it, in order
 */
export function planWindows(text: string, size = WINDOW_CHARS, whole = WINDOW_WHOLE): TextWindow[] {
  const n = text.length;
  if (n <= whole) return [{ start: 0, end: n, coreStart: 0, coreEnd: n }];
  const overlap = Math.min(WINDOW_OVERLAP, size >> 2);
  const out: TextWindow[] = [];
  let coreStart = 0;
  while (coreStart < n) {
    let coreEnd = n - coreStart <= size + (size >> 1) ? n : snapForward(text, coreStart + size);
    if (coreEnd <= coreStart) coreEnd = Math.min(n, coreStart + size);
    out.push({ start: snapBack(text, Math.max(0, coreStart - overlap)), end: snapForward(text, Math.min(n, coreEnd + overlap)), coreStart, coreEnd });
    coreStart = coreEnd;
  }
  return out;
}
