import { Fragment } from 'react';
import type { Finding } from '../../src-shared/model/report-schema.js';
import { ActionButton } from '../findings/ActionButton.js';
import { diffPaths, type PathPiece } from './path-diff.js';
import { rootPieceCount } from './path-segments.js';
import { visibleBidi } from '../format/visible-bidi.js';

function Piece({ p }: { p: PathPiece }) {
  return p.differs ? <mark className="differs">{visibleBidi(p.text)}</mark> : <span className={p.separator ? undefined : 'path-segment'}>{visibleBidi(p.text)}</span>;
}

function PathLine({ pieces, label }: { pieces: PathPiece[]; label: string }) {
  // The root and the first folder name stay together: a line never ends right after `C:\`.
  const rootEnd = rootPieceCount(pieces.map((p) => p.text), true);
  const held = rootEnd === 0 ? 0 : Math.min(pieces.length, rootEnd + 1);
  return (
    <code className="path compare-path" dir="auto" aria-label={`${label}: ${visibleBidi(pieces.map((p) => p.text).join(''))}`}>
      {held > 0 && (
        <span className="path-root">
          {pieces.slice(0, held).map((p, i) => (
            <Piece key={i} p={p} />
          ))}
        </span>
      )}
      {pieces.slice(held).map((p, i) => (
        <Fragment key={held + i}>
          <Piece p={p} />
          {p.separator && !p.differs && <wbr />}
        </Fragment>
      ))}
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
        <ActionButton action={{ kind: 'copy-path', path: configured, label: 'Copy' }} accessibleName="Copy the path AutoEntry is set to" />
      </div>
      {inUse && diff && (
        <div className="path-row">
          <span className="path-label">{inUseLabel}</span>
          <PathLine pieces={diff.right} label={inUseLabel} />
          <ActionButton action={{ kind: 'copy-path', path: inUse, label: 'Copy' }} accessibleName="Copy the path in use" />
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
