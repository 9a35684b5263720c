import { Fragment } from 'react';
import { pathSegments } from './path-segments.js';

/**
 * A file path that wraps only at its separators: each folder name stays whole
 * (`.path-segment` keeps it unbroken) and a line may break after every `\`.
 */
export function PathText({ path }: { path: string }) {
  return (
    <code className="path">
      {pathSegments(path).map((piece, i) => (
        <Fragment key={i}>
          <span className="path-segment">{piece}</span>
          <wbr />
        </Fragment>
      ))}
    </code>
  );
}
