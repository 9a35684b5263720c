import type { GuidanceStep } from '../../src-shared/model/report-schema.js';
import { GuidanceSteps } from './GuidanceSteps.js';

/** A finding card's "What to do" heading and its steps; nothing when there are none. */
export function WhatToDo({ steps, headingId }: { steps: GuidanceStep[]; headingId: string }) {
  if (steps.length === 0) return null;
  return (
    <div>
      <h4 id={`${headingId}-steps`}>What to do</h4>
      <GuidanceSteps steps={steps} labelledBy={`${headingId}-steps`} />
    </div>
  );
}
