import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, `<suite>: N passed, N failed[, N skipped]`, after vitest's own
 * summary, so that any reader of the log (CI included) can count the tests without parsing
 * vitest's decorated output.
 */
export default class ClosingLineReporter implements Reporter {
  constructor(private readonly suite: string) {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
    }
    process.stdout.write(`\n${this.suite}: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
  }
}
