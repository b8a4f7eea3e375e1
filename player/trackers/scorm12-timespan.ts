const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (hours capped at 9999). */
export function cmiTimespan(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const hours = Math.min(9999, Math.floor(total / 3600));
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total - Math.floor(total / 60) * 60;
  const whole = Math.floor(seconds);
  const hundredths = Math.round((seconds - whole) * 100);
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(whole)}.${pad(Math.min(99, hundredths))}`;
}

/** SCORM 1.2 CMITime: the time of day, HH:MM:SS. */
export function cmiTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
