import { useEffect, useRef } from 'react';
import type { Report } from '../../src-shared/model/report-schema.js';
import { AnswerAdvice } from './AnswerAdvice.js';
import { LocalCheckBox } from './LocalCheckBox.js';
import type { TroubleshooterStep } from './troubleshooter-steps.js';

interface Props {
  step: TroubleshooterStep;
  number: number;
  total: number;
  report: Report | undefined;
  chosen: string | undefined;
  /** `chosen` comes from this computer's check, not from the user. */
  suggested?: boolean;
  onChoose: (answerId: string) => void;
}

/** One check of the list: what to look at, what Sync Doctor already knows, and the user's answer. */
export function TroubleshooterStepView({ step, number, total, report, chosen, suggested = false, onChoose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step.id]);
  const local = report && step.localCheck?.(report);
  const answer = step.answers.find((a) => a.id === chosen);
  return (
    <section className="card step" aria-labelledby={`step-${step.id}`}>
      <p className="step-count">
        Step {number} of {total}
      </p>
      <h3 id={`step-${step.id}`} tabIndex={-1} ref={heading}>
        {step.title}
      </h3>
      <p>{step.intro}</p>
      {step.terms && (
        <dl className="terms">
          {step.terms.map((t) => (
            <div key={t.term}>
              <dt>{t.term}</dt>
              <dd>{t.meaning}</dd>
            </div>
          ))}
        </dl>
      )}
      {local && <LocalCheckBox check={local} />}
      <fieldset>
        <legend>{step.question}</legend>
        {suggested && <p className="hint">Chosen for you from this computer’s check — change it if AutoEntry shows otherwise.</p>}
        {step.answers.map((a) => (
          <label key={a.id} className="choice">
            <input type="radio" name={`answer-${step.id}`} value={a.id} checked={chosen === a.id} onChange={() => onChoose(a.id)} />
            {a.label}
          </label>
        ))}
      </fieldset>
      {answer && <AnswerAdvice answer={answer} />}
    </section>
  );
}
