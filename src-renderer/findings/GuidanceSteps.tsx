import type { GuidanceStep } from '../../src-shared/model/report-schema.js';
import { ActionButton } from './ActionButton.js';

/** A finding's fix, in order, each step with its button when there is one. */
export function GuidanceSteps({ steps, labelledBy }: { steps: GuidanceStep[]; labelledBy?: string }) {
  if (steps.length === 0) return null;
  return (
    <ol className="steps" aria-labelledby={labelledBy}>
      {steps.map((step, i) => (
        <li key={i}>
          <span>{step.text}</span>
          {step.action && <ActionButton action={step.action} />}
          {step.forIT && (
            <details className="for-it">
              <summary>For your IT support</summary>
              <p>{step.forIT}</p>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
