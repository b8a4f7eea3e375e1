import { describe, expect, it } from "vitest";
import { createManualClock } from "./manual-clock";

describe("createManualClock", () => {
  it("runs due timers in time order, at their own time, including ones set on the way", () => {
    const clock = createManualClock(100);
    const seen: string[] = [];
    clock.setTimeout(() => seen.push(`b@${clock.now()}`), 50);
    clock.setTimeout(() => {
      seen.push(`a@${clock.now()}`);
      clock.setTimeout(() => seen.push(`c@${clock.now()}`), 20);
    }, 10);
    clock.advance(40);
    expect(seen).toEqual(["a@110", "c@130"]);
    expect(clock.now()).toBe(140);
    clock.advance(10);
    expect(seen).toEqual(["a@110", "c@130", "b@150"]);
  });

  it("never runs a cleared timer", () => {
    const clock = createManualClock();
    let ran = false;
    const handle = clock.setTimeout(() => {
      ran = true;
    }, 5);
    clock.clearTimeout(handle);
    clock.advance(100);
    expect(ran).toBe(false);
  });
});
