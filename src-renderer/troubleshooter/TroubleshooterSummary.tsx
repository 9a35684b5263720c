import { useEffect, useRef } from 'react';
import { StatusBadge } from '../app/StatusBadge.js';
import { AnswerAdvice } from './AnswerAdvice.js';
import type { TroubleshooterStep } from './troubleshooter-steps.js';

interface Props {
  steps: TroubleshooterStep[];
  answers: Record<string, string>;
  onRestart: () => void;
}

/** The end of the flow: what was found, what to do, and the last step everyone needs. */
export function TroubleshooterSummary({ steps, answers, onRestart }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const picked = steps.map((step) => ({ step, answer: step.answers.find((a) => a.id === answers[step.id]) }));
  const problems = picked.filter((p) => p.answer?.outcome === 'problem');
  return (
    <section className="card" aria-labelledby="summary-heading">
      <h3 id="summary-heading" tabIndex={-1} ref={heading}>
        Done — you have been through every check
      </h3>
      <p>
        {problems.length === 0
          ? 'None of your answers points to a cause. If invoices still do not arrive, search the AutoEntry Help Centre for any exact message you see, or contact AutoEntry support with a support bundle from the Support screen.'
          : `${problems.length === 1 ? 'One check points' : `${problems.length} checks point`} to the cause. Fix ${problems.length === 1 ? 'it' : 'them'} as below.`}
      </p>
      <ol className="summary">
        {picked.map(({ step, answer }) => (
          <li key={step.id} className={answer?.outcome === 'problem' ? 'summary-problem' : undefined}>
            <strong>{step.short}:</strong> {answer ? answer.label : 'skipped'}
            {answer?.outcome === 'problem' && (
              <>
                {' '}
                <StatusBadge severity="error" label="Needs fixing" />
              </>
            )}
            {answer && answer.outcome !== 'fine' && <AnswerAdvice answer={answer} />}
          </li>
        ))}
      </ol>
      <p>
        <strong>Last of all:</strong> once the cause is fixed, unpublish the affected invoices and publish them again — they do
        not move across on their own.
      </p>
      <button type="button" onClick={onRestart}>
        Start again
      </button>
    </section>
  );
}
