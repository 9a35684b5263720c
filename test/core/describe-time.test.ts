import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeTime } from '../../src-shared/diagnose/finding-draft.js';

// describeTime writes times without Intl (cheaper at start-up); it must say what en-GB says.
describe('how a time is written in findings', () => {
  it('matches the en-GB way of writing a UTC time, for any time from 1970 to 2100', () => {
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }), (date) => {
        expect(describeTime(date.toISOString())).toBe(`${day.format(date)}, ${time.format(date)} UTC`);
      }),
    );
  });

  it('writes "19 Nov 2026, 16:40 UTC" and leaves what is not a time as it is', () => {
    expect(describeTime('2026-11-19T16:40:59Z')).toBe('19 Nov 2026, 16:40 UTC');
    expect(describeTime('2026-09-05T07:03:00Z')).toBe('5 Sept 2026, 07:03 UTC');
    expect(describeTime('not a time')).toBe('not a time');
  });
});
