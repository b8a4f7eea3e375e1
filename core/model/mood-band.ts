import type { MoodBand, MoodGauge } from "../schema/variables";

/** The band a mood value falls in: the last band whose `from` it reaches, else the lowest. */
export function moodBandFor(gauge: MoodGauge, value: number): MoodBand {
  const bands = [...gauge.bands].sort((a, b) => a.from - b.from);
  let found = bands[0]!;
  for (const band of bands) if (value >= band.from) found = band;
  return found;
}
