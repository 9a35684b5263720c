import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { IpcResponse } from '../../src-shared/ipc/contract.js';
import { useBridge } from '../bridge/bridge-context.js';
import type { SnapshotText } from './read-snapshot-files.js';

export type OfficeResult = IpcResponse<'office-check'>;

/** What AutoEntry is set to for the office, as the Office screen's fields hold it. */
export interface OfficeFields {
  autoentryPaths: string[];
  syncAppLocation?: string | undefined;
}

type Source = { kind: 'files'; files: SnapshotText[] } | { kind: 'folder' };

export interface OfficeSession {
  result: OfficeResult | undefined;
  busy: boolean;
  /** The fields: typed, or taken from the snapshots' own inputs. */
  fields: OfficeFields;
  /** The fields were typed (else they are the snapshots' own, or empty). */
  typed: boolean;
  /** A re-judgement with the fields as they are now is under way or due. */
  stale: boolean;
  openFolder(): Promise<void>;
  judgeFiles(files: SnapshotText[]): Promise<void>;
  setFields(fields: OfficeFields): void;
}

const OfficeSessionContext = createContext<OfficeSession | null>(null);
const EMPTY_FIELDS: OfficeFields = { autoentryPaths: [''] };
const REJUDGE_DELAY_MS = 400;

function fieldsOf(inputs: OfficeResult['inputs']): OfficeFields {
  if (!inputs) return EMPTY_FIELDS;
  return { autoentryPaths: inputs.autoentryPaths.length > 0 ? [...inputs.autoentryPaths] : [''], ...(inputs.syncAppLocation !== undefined && { syncAppLocation: inputs.syncAppLocation }) };
}

function inputsOf(fields: OfficeFields) {
  return { autoentryPaths: fields.autoentryPaths.filter((p) => p.trim() !== ''), ...(fields.syncAppLocation?.trim() && { syncAppLocation: fields.syncAppLocation.trim() }) };
}

/**
 * The Office screen's state, kept above the screens so the PCs, the fields and the verdict are
 * still there after a visit to another screen; the fields re-judge the office as they change.
 */
function useOfficeSessionState(initial: OfficeFields | undefined): OfficeSession {
  const bridge = useBridge();
  const [source, setSource] = useState<Source | undefined>();
  const [result, setResult] = useState<OfficeResult | undefined>();
  const [busy, setBusy] = useState(false);
  const [fields, setFieldsState] = useState<OfficeFields>(initial ?? EMPTY_FIELDS);
  const [typed, setTyped] = useState(initial !== undefined);
  const [stale, setStale] = useState(false);
  const request = useRef(0);

  const judge = useCallback(
    async (from: Source, given: OfficeFields | undefined, firstLook: boolean) => {
      const mine = ++request.current;
      setBusy(true);
      try {
        const inputs = given ? inputsOf(given) : undefined;
        const answer: OfficeResult | undefined =
          from.kind === 'files'
            ? await bridge.invoke('office-check', { files: from.files, ...(inputs && { inputs }) })
            : await bridge.invoke('office-folder', { ...(firstLook ? {} : { again: true }), ...(inputs && { inputs }) }).then((a) => (a.supported && a.folder !== undefined ? a : undefined));
        if (mine !== request.current || !answer) return;
        setResult(answer);
        setSource(from);
        // Fields nobody typed show what the office was judged with: the snapshots' own inputs.
        if (!given) setFieldsState(fieldsOf(answer.inputs));
      } catch (e) {
        if (mine === request.current) setResult({ problem: e instanceof Error ? e.message : String(e) });
      } finally {
        if (mine === request.current) {
          setBusy(false);
          setStale(false);
        }
      }
    },
    [bridge],
  );

  // Typed fields re-judge the office a moment after typing stops.
  useEffect(() => {
    if (!stale || !source) return;
    const timer = setTimeout(() => void judge(source, fields, false), REJUDGE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [stale, source, fields, judge]);

  return useMemo(
    () => ({
      result,
      busy,
      fields,
      typed,
      stale,
      openFolder: () => judge({ kind: 'folder' }, typed ? fields : undefined, true),
      judgeFiles: (files: SnapshotText[]) => judge({ kind: 'files', files }, typed ? fields : undefined, true),
      setFields: (next: OfficeFields) => {
        setFieldsState(next);
        setTyped(true);
        setStale(true);
      },
    }),
    [result, busy, fields, typed, stale, judge],
  );
}

export function OfficeSessionProvider({ children, initial }: { children: ReactNode; initial?: OfficeFields | undefined }) {
  const session = useOfficeSessionState(initial);
  return <OfficeSessionContext.Provider value={session}>{children}</OfficeSessionContext.Provider>;
}

/** The office session of the window, or one of the screen's own when it is rendered alone. */
export function useOfficeSession(initial?: OfficeFields): OfficeSession {
  const shared = useContext(OfficeSessionContext);
  const own = useOfficeSessionState(initial);
  return shared ?? own;
}

/** The fields in the address: `autoentry=…` (each path) and `location=…`. */
export function fieldsToQuery(fields: OfficeFields): string {
  const q = new URLSearchParams();
  for (const p of fields.autoentryPaths) if (p.trim() !== '') q.append('autoentry', p);
  if (fields.syncAppLocation?.trim()) q.set('location', fields.syncAppLocation.trim());
  return q.toString();
}

export function fieldsFromQuery(query: string): OfficeFields | undefined {
  const q = new URLSearchParams(query);
  const paths = q.getAll('autoentry');
  const location = q.get('location') ?? undefined;
  if (paths.length === 0 && location === undefined) return undefined;
  return { autoentryPaths: paths.length > 0 ? paths : [''], ...(location !== undefined && { syncAppLocation: location }) };
}
