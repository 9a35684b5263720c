import { Fragment } from 'react';
import type { Finding } from '../../src-shared/model/report-schema.js';
import { useActions } from '../bridge/use-actions.js';
import { diffPaths, type PathPiece } from './path-diff.js';
import { visibleBidi } from '../format/visible-bidi.js';

function PathLine({ pieces, label }: { pieces: PathPiece[]; label: string }) {
  return (
    <code className="path compare-path" dir="auto" aria-label={`${label}: ${visibleBidi(pieces.map((p) => p.text).join(''))}`}>
      {pieces.map((p, i) =>
        p.differs ? (
          <mark key={i} className="differs">
            {visibleBidi(p.text)}
          </mark>
        ) : (
          <Fragment key={i}>
            <span className={p.separator ? undefined : 'path-segment'}>{visibleBidi(p.text)}</span>
            {p.separator && <wbr />}
          </Fragment>
        ),
      )}
    </code>
  );
}

/** The path in use for a path verdict: where the accounting software really keeps the data. */
export function pathInUse(finding: Finding): string | undefined {
  return finding.inUsePath ?? finding.suggestedPath;
}

/**
 * AutoEntry's path above the path in use, with the differing folder names highlighted, copy
 * buttons, and — when two spellings name one folder — how that was worked out.
 */
export function PathComparison({ finding }: { finding: Finding }) {
  const { copyText } = useActions();
  const configured = finding.configuredPath;
  const inUse = pathInUse(finding);
  if (!configured) return null;
  const diff = inUse ? diffPaths(configured, inUse) : undefined;
  const same = finding.code === 'path.match';
  const inUseLabel = same ? 'Sage or QuickBooks uses' : 'The data in use is at';
  return (
    <div className="path-compare">
      <div className="path-row">
        <span className="path-label">AutoEntry is set to</span>
        <PathLine pieces={diff?.left ?? [{ text: configured, separator: false, differs: false }]} label="AutoEntry is set to" />
        <button type="button" className="small" onClick={() => void copyText(configured, 'Path')} aria-label="Copy the path AutoEntry is set to">
          Copy
        </button>
      </div>
      {inUse && diff && (
        <div className="path-row">
          <span className="path-label">{inUseLabel}</span>
          <PathLine pieces={diff.right} label={inUseLabel} />
          <button type="button" className="small" onClick={() => void copyText(inUse, 'Path')} aria-label="Copy the path in use">
            Copy
          </button>
        </div>
      )}
      {inUse && diff && !same && diff.left.some((p) => p.differs) && (
        <p className="hint">Highlighted: the folder names that differ between the two paths.</p>
      )}
      {finding.equivalence && finding.equivalence.length > 0 && (
        <div className="equivalence">
          <h5>How these were found to be the same folder</h5>
          <ol>
            {finding.equivalence.map((step, i) => (
              <li key={i}>{step.text}</li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
