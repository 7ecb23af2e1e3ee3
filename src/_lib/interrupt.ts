/**
 * Clean-up on interruption. A run registers how to undo its temporary work (remove its work
 * folder and release draft, drop staged secrets, release its locks); the CLI's SIGINT/SIGTERM
 * handler runs every registered clean-up, synchronously, before it exits. The library itself
 * installs no signal handler.
 *
 * @internal
 */

const cleanups = new Set<() => void>();

/**
 * Registers a synchronous clean-up to run if the process is interrupted.
 *
 * @param fn - removes temporary work; must not throw (errors are ignored)
 * @returns a function that unregisters it (call it when the work is done)
 */
export function onInterrupt(fn: () => void): () => void {
  cleanups.add(fn);
  return () => void cleanups.delete(fn);
}

/**
 * Runs and unregisters every clean-up, most recent first.
 *
 * @returns how many ran (0: no run was in progress)
 */
export function runInterruptCleanups(): number {
  const list = [...cleanups].reverse();
  cleanups.clear();
  for (const fn of list) {
    try {
      fn();
    } catch {
      // best effort: the next run removes what is left (and says so)
    }
  }
  return list.length;
}
