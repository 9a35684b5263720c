import { Fragment } from 'react';
import { pathWrapPieces } from './path-segments.js';

/**
 * A file path that wraps only at its separators: each folder name stays whole
 * (`.path-segment` keeps it unbroken) and a line may break after every `\` — except right
 * after the root (`C:\`), which stays with the first folder name.
 */
export function PathText({ path }: { path: string }) {
  return (
    <code className="path">
      {pathWrapPieces(path).map((piece, i) => (
        <Fragment key={i}>
          <span className="path-segment">{piece}</span>
          <wbr />
        </Fragment>
      ))}
    </code>
  );
}
