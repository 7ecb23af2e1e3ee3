/**
 * Particles of names (`de la`, `van der`, `bin`): shared knowledge of both algorithms, so the
 * rules and the sequence labeller's span filter agree that a lower-case `de` inside a span does
 * not make it a phrase.
 *
 * @internal
 */

/** Particles of names, as a regex alternation (lower case; callers add flags). */
export const PARTICLE_WORDS = 'de|da|di|del|della|der|den|des|du|dos|das|van|von|la|le|ten|ter|bin|ibn|al|el';
/** A lower-case particle inside a name (`van`, `de`, `bin`; and the Spanish `y`, `e`: `Ortega y Gasset`). */
export const NAME_PARTICLE: RegExp = new RegExp(`^(?:${PARTICLE_WORDS}|y|e)$`);
