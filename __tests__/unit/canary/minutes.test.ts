import { describe, expect, it } from '@jest/globals';
import {
  floorToMinute,
  minuteStarts,
  settleLagMs,
  settleLagOf,
  settledUntil,
} from '../../../src/canary/minutes.js';
import { min } from '../../helpers/canary-time.js';

describe('settled minutes', () => {
  it('GIVEN a 3 s timeout WHEN asked for the look-back THEN it is CloudWatch’s two minutes', () => {
    expect(settleLagMs(3)).toBe(120_000);
  });

  it('GIVEN a 5 min timeout WHEN asked for the look-back THEN it is the timeout plus a minute', () => {
    expect(settleLagMs(300)).toBe(360_000);
    expect(settleLagMs(90.5)).toBe(151_000);
  });

  it('GIVEN now mid-minute WHEN a short function is read THEN the newest minute and the one before are not settled', () => {
    // now = 10:05:30 → lag 2 min → settled until 10:03:00: minutes 10:00..10:02 are settled.
    expect(settledUntil(min(5) + 30_000, settleLagMs(3))).toBe(min(3));
  });

  it('GIVEN a 15 min timeout WHEN read 10 minutes into a step THEN nothing after the step start is settled', () => {
    expect(settledUntil(min(10), settleLagMs(900))).toBeLessThan(min(0));
  });

  it('GIVEN a configured settle lag (settle-lag) WHEN a function is read THEN that lag replaces the one from its timeout', () => {
    expect(settleLagOf({ timeoutSeconds: 300 })).toBe(360_000);
    expect(settleLagOf({ timeoutSeconds: 300, settleLagMs: 10_000 })).toBe(10_000);
    // 10:05:30 with a 10 s lag: the minute 10:04 has settled, the minute in progress has not.
    expect(settledUntil(min(5) + 30_000, 10_000)).toBe(min(5));
    expect(settledUntil(min(5) + 5_000, 10_000)).toBe(min(4));
  });

  it('lists minute starts between two boundaries, none when the window is empty', () => {
    expect(minuteStarts(min(0) + 10_000, min(3))).toEqual([min(0), min(1), min(2)]);
    expect(minuteStarts(min(3), min(3))).toEqual([]);
    expect(floorToMinute(min(2) + 59_999)).toBe(min(2));
  });
});
