/**
 * ISO 8601 duration as SCORM 2004 (timeinterval(second,10,2)) and xAPI want it:
 * hours, minutes and seconds with at most two decimals, e.g. PT1H2M3.45S.
 */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  let out = "PT";
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || (!hours && !minutes)) out += `${Number(seconds.toFixed(2))}S`;
  return out;
}

/** SCORM 2004 time(second,10,0): local date and time to the second, no zone. */
export function scormTimestamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}T${p(date.getHours())}:${p(date.getMinutes())}:${p(date.getSeconds())}`;
}
