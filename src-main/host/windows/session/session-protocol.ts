import * as z from 'zod';

/**
 * The line protocol between Sync Doctor and its long-lived PowerShell session: one JSON
 * document per line each way (UTF-8, `\n`). The session says it is ready, answers each request
 * by its `id`, and reports on its own when a watched process exits.
 *
 *   → {"id":7,"op":"refresh","parts":["processes"],"processFilter":"Name LIKE '%AutoEntry%'",…}
 *   ← {"id":7,"report":{"processes":[…],"errors":[]}}
 *   → {"id":8,"op":"watch","pids":[4242]}
 *   ← {"id":8,"watching":[4242],"cannotWatch":[]}   (cannotWatch: running, but it may not be opened)
 *   ← {"event":"exited","pid":4242}            (whenever it happens)
 *   → {"id":9,"op":"starts","processFilter":"Name LIKE '%AutoEntry%' OR …"}
 *   ← {"id":9}                                 (it looks for new matching processes from now on)
 *   ← {"event":"started","pid":5120}           (within a second of such a process starting)
 */

/** The parts of a system report a refresh may ask for. */
export type RefreshPart = 'identity' | 'processes' | 'services' | 'registry' | 'drives';

export interface RefreshRequest {
  op: 'refresh';
  parts: RefreshPart[];
  /** WQL `-Filter` for Win32_Process; absent: every process. */
  processFilter?: string;
  /** WQL `-Filter` for Win32_Service; absent: every service. */
  serviceFilter?: string;
  registryRoots: string[];
  ownerPatterns: string[];
}

export interface WatchRequest {
  op: 'watch';
  /** The processes whose exit to report (replaces the previous list). */
  pids: number[];
}

/**
 * Follow the starts of the processes a WQL filter matches: once a second the session lists the
 * process ids (no WMI), and asks WMI with the filter about the new ids only.
 */
export interface StartsRequest {
  op: 'starts';
  processFilter: string;
}

export type SessionRequest = RefreshRequest | WatchRequest | StartsRequest;

const Ready = z.object({ ready: z.literal(true) });
const Pids = z.preprocess((v) => (v === null ? [] : typeof v === 'number' ? [v] : v), z.array(z.number()));
const Answer = z.object({ id: z.number().int(), report: z.unknown().optional(), watching: Pids.optional(), cannotWatch: Pids.optional(), error: z.string().optional() });
const Exited = z.object({ event: z.literal('exited'), pid: z.number().int() });
const Started = z.object({ event: z.literal('started'), pid: z.number().int() });
/** The bootstrap's answer when PowerShell does not run in Full Language mode (powershell-command.ts). */
const Unavailable = z.object({ unavailable: z.string() });

export type SessionLine =
  | { kind: 'ready' }
  | { kind: 'answer'; id: number; body: z.infer<typeof Answer> }
  | { kind: 'exited'; pid: number }
  | { kind: 'started'; pid: number }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'noise'; text: string };

/** One line the session printed; anything else (a stray warning) is noise, never a throw. */
export function parseSessionLine(line: string): SessionLine {
  const text = line.trim();
  let json: unknown;
  try {
    json = JSON.parse(text);
    // Stryker disable next-line BlockStatement: left undefined, the text matches no line below and is noise all the same
  } catch {
    return { kind: 'noise', text };
  }
  if (Ready.safeParse(json).success) return { kind: 'ready' };
  const unavailable = Unavailable.safeParse(json);
  if (unavailable.success) return { kind: 'unavailable', reason: unavailable.data.unavailable };
  const exited = Exited.safeParse(json);
  if (exited.success) return { kind: 'exited', pid: exited.data.pid };
  const started = Started.safeParse(json);
  if (started.success) return { kind: 'started', pid: started.data.pid };
  const answer = Answer.safeParse(json);
  if (answer.success) return { kind: 'answer', id: answer.data.id, body: answer.data };
  return { kind: 'noise', text };
}

/** The request as the line written to the session. */
export function requestLine(id: number, request: SessionRequest): string {
  return `${JSON.stringify({ id, ...request })}\n`;
}
