// Made on first use: the app's code is loaded on every page, and a page opened on a scenario
// should not pay the locale data load for lists it does not show.
let relative: Intl.RelativeTimeFormat | undefined;
let absolute: Intl.DateTimeFormat | undefined;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

export function toDate(value: string | number | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "5 minutes ago", falling back to "just now" under a minute. */
export function formatRelative(date: Date, now = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      relative ??= new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
      return relative.format(Math.round(seconds / size), unit);
    }
  }
  return "just now";
}

export function formatAbsolute(date: Date): string {
  absolute ??= new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  return absolute.format(date);
}
