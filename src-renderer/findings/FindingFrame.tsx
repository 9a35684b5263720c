import type { ReactNode } from 'react';
import type { Severity } from '../../src-shared/model/severity.js';
import type { GuidanceStep } from '../../src-shared/model/report-schema.js';
import { StatusBadge } from '../app/StatusBadge.js';
import { WhatToDo } from './WhatToDo.js';
import { visibleBidi } from '../format/visible-bidi.js';

/**
 * The frame every finding card shares, a PC's or an office's: its badge and title, what it
 * means, the card's own evidence in between, and the steps last.
 */
export function FindingFrame({ severity, title, detail, steps, headingId, children }: { severity: Severity; title: string; detail: string; steps: GuidanceStep[]; headingId: string; children?: ReactNode }) {
  return (
    <article className={`card finding tone-border-${severity}`} aria-labelledby={headingId}>
      <header>
        <StatusBadge severity={severity} />
        <h3 id={headingId}>{visibleBidi(title)}</h3>
      </header>
      <p>{visibleBidi(detail)}</p>
      {children}
      <WhatToDo steps={steps} headingId={headingId} />
    </article>
  );
}
