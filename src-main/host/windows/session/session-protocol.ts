import * as z from 'zod/mini';
import '../../../../src-shared/zod-mini-english.js';

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

/*
 * Written with `zod/mini` rather than zod classic (this module is bundled into `check`): the same
 * checks, parsed values, issue paths and messages, held to the classic declarations by
 * test/core/session-protocol-schema-mini.test.ts (test/support/zod-oracles/).
 */
const Ready = z.object({ ready: z.literal(true) });
const Pids = z.pipe(
  z.transform((v: unknown) => (v === null ? [] : typeof v === 'number' ? [v] : v)),
  z.array(z.number()),
);
const integer = z.number().check(z.int());
const Answer = z.object({ id: integer, report: z.optional(z.unknown()), watching: z.optional(Pids), cannotWatch: z.optional(Pids), error: z.optional(z.string()) });
const Exited = z.object({ event: z.literal('exited'), pid: integer });
const Started = z.object({ event: z.literal('started'), pid: integer });
/** The bootstrap's answer when PowerShell does not run in Full Language mode (powershell-command.ts). */
const Unavailable = z.object({ unavailable: z.string() });
/** Each line the session may print (exported for their differential test against the classic declarations). */
export const SessionLineSchemas = { Ready, Answer, Exited, Started, Unavailable };

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
