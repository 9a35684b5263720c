import type { Finding, GuidanceStep } from '../../src-shared/model/report-schema.js';
import { ActionButton } from '../findings/ActionButton.js';
import { PathText } from '../paths/PathText.js';
import { firstStep, nextStepAfter, splitAtPath } from './first-step.js';

function StepText({ step, company }: { step: GuidanceStep; company: string | undefined }) {
  const words = company ? step.text.replace('this company', `the company “${company}”`) : step.text;
  const path = step.action?.path ?? /choosing (\S.*?)\.(?: |$)/.exec(words)?.[1];
  const text = splitAtPath(words, path);
  return (
    <>
      {text.before}
      {text.path && <PathText path={text.path} />}
      {text.after}
    </>
  );
}

/**
 * The first thing to do about a finding, with the button that does it when there is one — the
 * view's one accent button — and, when the first step is copying a path, where to paste it.
 */
export function FirstStep({ finding, company }: { finding: Finding; company?: string }) {
  const step = firstStep(finding);
  if (!step) return <p>{finding.detail}</p>;
  const then = step.action?.kind === 'copy-path' ? nextStepAfter(finding, step) : undefined;
  return (
    <div className="first-step">
      <p>
        <span className="first-step-label">First step: </span>
        <StepText step={step} company={company} />
      </p>
      {step.action && <ActionButton action={step.action} prominent />}
      {then && (
        <>
          <p>
            <span className="first-step-label">Then: </span>
            <StepText step={then} company={company} />
          </p>
          {then.action && <ActionButton action={then.action} />}
        </>
      )}
    </div>
  );
}
