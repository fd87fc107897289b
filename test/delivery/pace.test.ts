import { describe, expect, it } from 'vitest';
import { createWindowPacer } from '../../src/delivery/pace.js';
import { fakeClock } from './helpers.js';

/** The most sends that fall in any one second. */
function busiestSecond(at: number[]) {
  let most = 0;
  for (let a = 0, b = 0; b < at.length; b++) {
    while (at[b]! - at[a]! >= 1000) a++;
    most = Math.max(most, b - a + 1);
  }
  return most;
}

describe('paid pace (a window of one second)', () => {
  it('never lets one second hold more than the count, and makes up a stall within the next second', async () => {
    const clock = fakeClock();
    const pacer = createWindowPacer(100, clock, 1.25, 0, 50);
    const at: number[] = [];
    for (let k = 0; k < 300; k++) {
      if (k === 150) clock.advance(200); // a stall: a slow claim, a GC pause
      await pacer.take();
      at.push(clock.now());
    }
    expect(busiestSecond(at)).toBe(100);
    // An even pace of 100 a second would take 3 s plus the 200 ms lost; the window wins most of it back.
    const span = at.at(-1)! - at[0]!;
    expect(span).toBeLessThan(3000);
    // Never faster than 1.25 × the even pace (8 ms apart instead of 10), but at the start and right
    // after the stall, when up to 50 ms of schedule is made up at once (about 6 sends each).
    const gaps = at.slice(1).map((t, k) => t - at[k]!);
    const quick = gaps.map((g, k) => [g, k + 1] as const).filter(([g]) => g < 8 - 1e-9);
    expect(quick.length).toBeLessThanOrEqual(14);
    expect(quick.every(([, k]) => k <= 7 || (k >= 150 && k <= 157))).toBe(true);
  });

  it('a 429 lowers the count by 2 %, never below 85 % of the start', () => {
    const pacer = createWindowPacer(1000, fakeClock());
    pacer.slower();
    expect(pacer.perSecond).toBe(980);
    for (let k = 0; k < 50; k++) pacer.slower();
    expect(pacer.perSecond).toBe(850);
  });
});
