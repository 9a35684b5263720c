import type { Finding } from '../../src-shared/model/report-schema.js';
import { ActionButton } from '../findings/ActionButton.js';
import { PathText } from '../paths/PathText.js';
import { firstStep, splitAtPath } from './first-step.js';

/** The first thing to do about a finding, with the button that does it when there is one. */
export function FirstStep({ finding }: { finding: Finding }) {
  const step = firstStep(finding);
  if (!step) return <p>{finding.detail}</p>;
  const text = splitAtPath(step.text, step.action?.path);
  return (
    <div className="first-step">
      <p>
        <span className="first-step-label">First step: </span>
        {text.before}
        {text.path && <PathText path={text.path} />}
        {text.after}
      </p>
      {step.action && <ActionButton action={step.action} prominent />}
    </div>
  );
}
