import { expect } from 'vitest';

/** The lines under a heading of the text report: those indented by four spaces, without the indent. */
export function indentedBlock(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `no line ${heading}`).toBeGreaterThanOrEqual(0);
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('    ')) break;
    body.push(line.slice(4));
  }
  return body;
}
