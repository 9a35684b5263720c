import type { LookupProblem, ObservedPath, PathAccess } from '../../src-shared/model/observations.js';
import type { DriveInfo, HostIdentity } from '../../src-shared/model/system.js';
import { baseName, canonicalisePath, joinPath, parentPath } from '../../src-shared/paths/path-flavour.js';
import { fileSystemSpelling } from '../../src-shared/winpath/file-system-spelling.js';
import { sameWinName, winUpcase } from '../../src-shared/winpath/win-case.js';
import type { EquivalenceStep } from '../../src-shared/model/report-schema.js';
import type { CanonicaliseOptions } from '../../src-shared/winpath/canonical-path.js';
import { coverageOf, type Host, type HostFailure, type HostResult, type PathFlavour } from '../host/host.js';
import { PATH_VERDICT_TOPICS, type LookupTopic } from '../../src-shared/model/lookup-topics.js';
import { impossibleRealPath, impossibleStat } from './impossible-answers.js';

/** What every probe shares: the deadlined host, facts read once, and the problems log. */
export interface ProbeContext {
  host: Host;
  flavour: PathFlavour;
  identity: HostIdentity;
  env: Record<string, string>;
  drives: DriveInfo[];
  problems: LookupProblem[];
  /** What each path held, looked up once per check (keyed by the path as the host compares it). */
  accessMemo: Map<string, Promise<PathAccess>>;
  /** How the host resolved each path (links, 8.3 names), also once per check. */
  resolutionMemo: Map<string, Promise<string | undefined>>;
}

/**
 * Records a failed look-up for `probe.timeout` / `probe.failed`, with what it was for. "missing" is
 * an answer, not a problem; so are "unreachable" and "denied" for a path that is itself judged (a
 * configured path, a listed dataset: they give `path.unreachable` / `path.denied`). A look-up
 * refused with "access denied", or whose drive or share could not be reached, anywhere else (a
 * settings folder, a recently-opened list, the registry) leaves its question open: denied is never
 * absent (spec/report.md).
 */
export function noteFailure(ctx: Pick<ProbeContext, 'problems'>, what: string, failure: HostFailure, topic: LookupTopic): void {
  const refused = failure.kind === 'denied' || failure.kind === 'unreachable';
  const leavesQuestionOpen = failure.kind === 'timeout' || failure.kind === 'error' || (refused && !PATH_VERDICT_TOPICS.has(topic));
  if (!leavesQuestionOpen) return;
  const problem: LookupProblem = { topic, what, kind: failure.kind, message: failure.message };
  if (failure.path !== undefined) problem.path = failure.path;
  ctx.problems.push(problem);
}

/**
 * The answer, or the fallback (a failure is noted; "unsupported" or "missing" are just absent).
 * This is where the coverage rule is read (host.ts `Coverage`): a `partial` answer stands for what
 * was read, and each error it met is noted as a failed look-up of the same topic, so verdicts that
 * rest on that topic are suppressed and `probe.failed` names it. (A `narrowed` answer is an answer;
 * the impossible-answer rule, impossible-answers.ts, reads it too.)
 */
export function valueOr<T>(ctx: Pick<ProbeContext, 'problems'>, topic: LookupTopic, what: string, result: HostResult<T>, fallback: T): T {
  if (!result.ok) {
    noteFailure(ctx, what, result.error, topic);
    return fallback;
  }
  const coverage = coverageOf(result);
  if (coverage?.kind === 'partial') {
    for (const error of coverage.errors) noteFailure(ctx, error.path === undefined ? what : `${what} (${error.path})`, error, topic);
  }
  return result.value;
}

function memoKey(ctx: ProbeContext, path: string): string {
  return ctx.flavour === 'windows' ? winUpcase(path) : path;
}

/**
 * What is at a path (stat), as plain data; each path is looked at once per check. `topic` is what
 * the first caller looks for, under which a failure is recorded.
 */
export function accessOf(ctx: ProbeContext, path: string, topic: LookupTopic = 'paths'): Promise<PathAccess> {
  const key = memoKey(ctx, path);
  let pending = ctx.accessMemo.get(key);
  if (!pending) ctx.accessMemo.set(key, (pending = statAccess(ctx, path, topic)));
  return pending;
}

async function statAccess(ctx: ProbeContext, path: string, topic: LookupTopic): Promise<PathAccess> {
  const result = impossibleStat(await ctx.host.stat(path), path);
  if (result.ok) {
    return result.value.kind === 'file'
      ? { state: 'file', size: result.value.size, mtime: result.value.mtime }
      : { state: 'dir', mtime: result.value.mtime };
  }
  noteFailure(ctx, `Looking at ${path}`, result.error, topic);
  const kind = result.error.kind;
  const state = kind === 'wrong-kind' || kind === 'too-large' || kind === 'unsupported' ? 'error' : kind;
  return { state, message: result.error.message };
}

const MAX_ANCESTOR_WALK = 64;

/**
 * Resolves a spelling as far as it goes: pure rules first (environment, `\\?\`, `\ACCDATA`,
 * mapped drives), then the host's own resolution of links and 8.3 names — walking up to the
 * nearest folder that exists when the path itself does not.
 */
export async function observePath(ctx: ProbeContext, spelled: string, options: CanonicaliseOptions = {}): Promise<ObservedPath> {
  const context = { env: ctx.env, drives: ctx.drives };
  const pure = canonicalisePath(ctx.flavour, spelled, context, options);
  if (!pure.ok) return { spelled, invalidReason: pure.reason };
  const resolved = await resolvedOnce(ctx, pure.value.canonical);
  if (resolved === undefined || sameWinName(resolved, pure.value.canonical)) return { spelled, canonical: pure.value };
  const again = canonicalisePath(ctx.flavour, ctx.flavour === 'windows' ? fileSystemSpelling(resolved) : resolved, context);
  if (!again.ok) return { spelled, canonical: pure.value };
  const linkStep: EquivalenceStep = { kind: 'link', text: describeResolution(pure.value.canonical, resolved) };
  const steps = [...pure.value.steps, linkStep, ...again.value.steps.filter((s) => s.kind === 'mapped-drive' || s.kind === 'link')];
  return { spelled, canonical: { ...again.value, input: spelled, steps } };
}

function resolvedOnce(ctx: ProbeContext, canonical: string): Promise<string | undefined> {
  const key = memoKey(ctx, canonical);
  let pending = ctx.resolutionMemo.get(key);
  if (!pending) ctx.resolutionMemo.set(key, (pending = hostResolution(ctx, canonical)));
  return pending;
}

async function hostResolution(ctx: ProbeContext, canonical: string): Promise<string | undefined> {
  let head = canonical;
  const tail: string[] = [];
  for (let i = 0; i < MAX_ANCESTOR_WALK; i++) {
    const result = impossibleRealPath(await ctx.host.realPath(head), head);
    if (result.ok) return joinPath(ctx.flavour, result.value, ...[...tail].reverse());
    if (result.error.kind === 'timeout' || result.error.kind === 'unreachable' || result.error.kind === 'denied') {
      // The path's share is stalled, offline or closed to us: remember it so the stat that
      // follows answers at once instead of waiting out a second deadline.
      if (tail.length === 0) ctx.accessMemo.set(memoKey(ctx, head), Promise.resolve({ state: result.error.kind, message: result.error.message }));
      if (result.error.kind === 'timeout') noteFailure(ctx, `Resolving ${head}`, result.error, 'paths');
      return undefined;
    }
    // Another failure: the spelling is judged as written (the stat that follows still looks), and the failure is shown.
    if (result.error.kind === 'error') noteFailure(ctx, `Resolving ${head}`, result.error, 'paths');
    if (result.error.kind !== 'missing' || isShareRoot(head)) return undefined;
    const parent = parentPath(ctx.flavour, head);
    if (parent.length >= head.length) return undefined;
    tail.push(baseName(head));
    head = parent;
  }
  return undefined;
}

function isShareRoot(path: string): boolean {
  return /^\\\\[^\\]+\\[^\\]+\\?$/.test(path);
}

/** "C:\PROGRA~3 is another name for C:\ProgramData": the differing heads of two spellings. */
export function describeResolution(from: string, to: string): string {
  const [fromLead, a] = leadAndNames(from);
  const [toLead, b] = leadAndNames(to);
  while (a.length > 1 && b.length > 1 && sameWinName(a.at(-1)!, b.at(-1)!)) {
    a.pop();
    b.pop();
  }
  const sepOf = (s: string) => (s.includes('\\') ? '\\' : '/');
  return `${fromLead}${a.join(sepOf(from))} is another name for ${toLead}${b.join(sepOf(to))}`;
}

/** The leading separators (`\\` of a UNC path, `/` of a POSIX one) kept whole, and the names after them. */
function leadAndNames(path: string): [string, string[]] {
  const lead = /^[\\/]*/.exec(path)![0];
  return [lead, path.slice(lead.length).split(/[\\/]+/)];
}
