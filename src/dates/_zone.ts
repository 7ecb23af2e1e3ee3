/**
 * Zone conversion for the release path: an instant as the wall clock of an IANA zone.
 *
 * @internal
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time of an instant in a zone, as a UTC `Date` (the library's representation
 * of a zone-less time). `UTC` returns the instant itself.
 *
 * @param date - the instant
 * @param zone - an IANA zone name, e.g. `America/New_York`
 * @returns the wall clock
 */
export function wallClockIn(date: Date, zone: string): Date {
  if (zone === 'UTC' || zone === 'Etc/UTC') return date;
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, f);
  }
  const part: Record<string, number> = {};
  for (const p of f.formatToParts(date)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const wall = Date.UTC(part.year as number, (part.month as number) - 1, part.day as number, part.hour as number, part.minute as number, part.second as number);
  return new Date(wall + date.getUTCMilliseconds());
}
