import { Fragment } from 'react';
import { pathWrapPieces } from './path-segments.js';
import { visibleBidi } from '../format/visible-bidi.js';

/**
 * A file path that wraps only at its separators: each folder name stays whole
 * (`.path-segment` keeps it unbroken) and a line may break after every `\` — except right
 * after the root (`C:\`), which stays with the first folder name. Isolated from the text
 * around it (`dir="auto"`), its bidi controls shown, never obeyed.
 */
export function PathText({ path }: { path: string }) {
  return (
    <code className="path" dir="auto">
      {pathWrapPieces(path).map((piece, i) => (
        <Fragment key={i}>
          <span className="path-segment">{visibleBidi(piece)}</span>
          <wbr />
        </Fragment>
      ))}
    </code>
  );
}
