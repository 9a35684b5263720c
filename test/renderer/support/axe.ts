import axe from 'axe-core';

/**
 * axe-core's serious and critical violations in `root`. jsdom cannot compute colours, so
 * colour contrast is left to the Chromium run in test/e2e.
 */
export async function seriousAxeViolations(root: Element): Promise<string[]> {
  // jsdom has no canvas; axe copes with a missing context, but jsdom logs an error per call.
  if (navigator.userAgent.includes('jsdom')) HTMLCanvasElement.prototype.getContext = (() => null) as never;
  const result = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
