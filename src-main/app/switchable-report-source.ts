import type { Report } from '../../src-shared/model/report-schema.js';
import type { ReportSource } from '../monitor/report-source.js';

export interface SwitchableReportSource extends ReportSource {
  /** Closes the current source and reads from `next` from now on (the demo machine, for one). */
  switchTo(next: ReportSource): Promise<void>;
}

/** A ReportSource whose subscribers stay subscribed when the source behind it is replaced. */
export function createSwitchableReportSource(initial: ReportSource): SwitchableReportSource {
  const listeners = new Set<(report: Report) => void>();
  const forward = (report: Report) => {
    for (const listener of [...listeners]) listener(report);
  };
  let source = initial;
  let unsubscribe = source.subscribe(forward);

  return {
    current: () => source.current(),
    checkNow: () => source.checkNow(),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async switchTo(next) {
      unsubscribe();
      const previous = source;
      source = next;
      unsubscribe = next.subscribe(forward);
      await previous.close();
    },
    async close() {
      unsubscribe();
      listeners.clear();
      await source.close();
    },
  };
}
