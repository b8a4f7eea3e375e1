const GROUPED = new Intl.NumberFormat("en", { useGrouping: true });

/** An exact count with thousands separators: `12,345,678`, however many digits. */
export function formatCount(count: bigint): string {
  return GROUPED.format(count);
}

/**
 * The order of magnitude of a count too long to read, `about 2.1 × 10^213`
 * (as text: `10^213` keeps it plain for screen readers), or null when the
 * grouped number is short enough to take in.
 */
export function approximateCount(count: bigint): string | null {
  const digits = (count < 0n ? -count : count).toString();
  if (digits.length <= 15) return null;
  const mantissa = `${digits[0]}.${digits[1]}`;
  return `about ${count < 0n ? "-" : ""}${mantissa} × 10^${digits.length - 1}`;
}
