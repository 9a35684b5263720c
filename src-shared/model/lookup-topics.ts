/**
 * What a look-up of the outside world was for. A failed look-up is recorded with its topic, and
 * a verdict that something is absent names the topics it rests on (evidence before absence,
 * spec/report.md): it stands only when none of them failed.
 */
export type LookupTopic =
  /** The computer and user name. */
  | 'identity'
  /** Environment variables (where ProgramData, PUBLIC and LOCALAPPDATA are). */
  | 'environment'
  /** The drive table. */
  | 'drives'
  /** The process list. */
  | 'processes'
  /** The service list. */
  | 'services'
  /** The registry (Uninstall keys, Intuit and Sage keys, mapped drives). */
  | 'registry'
  /** Sage 50's settings folders and their COMPANY lists. */
  | 'sage-settings'
  /** QuickBooks' per-user folders and their recently-opened lists (QBWUSER.INI). */
  | 'quickbooks-lists'
  /** QuickBooks company files: the shared company files folder, the files and their .ND sidecars. */
  | 'quickbooks-files'
  /** The datasets a Sage COMPANY list names. */
  | 'datasets'
  /** Any other path: a configured path, or a spelling the host resolves (links, 8.3 names). */
  | 'paths';

/**
 * Look-ups about one path that is itself judged (a configured path, a dataset a COMPANY list
 * names): "access denied" or "cannot be reached" there is an answer (`path.denied`,
 * `path.unreachable`). Anywhere else — the whole-computer lists, a settings folder, a
 * recently-opened list, the company files folder — such a look-up leaves its question open, like
 * any failed one (spec/report.md: denied is never absent).
 */
export const PATH_VERDICT_TOPICS: ReadonlySet<LookupTopic> = new Set(['paths', 'datasets']);
