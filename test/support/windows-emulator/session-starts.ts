import { win32Processes } from './cim-instances.js';
import type { EmulatedPc } from './emulated-pc.js';
import { parseWqlWhere } from './wql-where.js';

/** How often the session script looks at the kernel's process list for starts (its `1000` ms). */
const LOOK_EVERY_MS = 1000;

/**
 * What the session script does after a `starts` request (session-script.ts, `Find-SdStarts`):
 * the first look only learns which process ids run; from then on, once a second, it lists the
 * ids again (`Process.GetProcesses()`: every process, whatever its owner) and asks WMI, with the
 * request's WQL filter, about the new ids only — each match is `started`. A process that starts
 * and ends between two looks is never seen, as on Windows. Returns the stop (the session ended).
 */
export function followStarts(pc: EmulatedPc, processFilter: string, started: (pid: number) => void): () => void {
  const matches = parseWqlWhere(processFilter);
  let known = new Set(pc.processes().map((p) => p.pid));
  const timer = setInterval(() => {
    const ids = new Set(pc.processes().map((p) => p.pid));
    const fresh = [...ids].filter((id) => !known.has(id));
    known = ids;
    if (fresh.length === 0) return;
    for (const { instance } of win32Processes(pc)) if (fresh.includes(instance.ProcessId) && matches(instance)) started(instance.ProcessId);
  }, LOOK_EVERY_MS);
  return () => clearInterval(timer);
}
