import { useState } from 'react';
import type { Report } from '../../src-shared/model/report-schema.js';
import { CLOUD_PRODUCTS, listOfProducts, stepsForKind } from './integration-kind.js';

const CLOUD_PRODUCTS_TEXT = listOfProducts(CLOUD_PRODUCTS, 'or');
import { TROUBLESHOOTER_STEPS } from './troubleshooter-steps.js';
import { TroubleshooterStepView } from './TroubleshooterStepView.js';
import { TroubleshooterSummary } from './TroubleshooterSummary.js';

/** "Published but not in Sage or QuickBooks?" — the Help Centre's checks, one at a time. */
export function TroubleshooterScreen({ report, steps: allSteps = TROUBLESHOOTER_STEPS }: { report: Report | undefined; steps?: typeof TROUBLESHOOTER_STEPS }) {
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  // The first step asks which kind of integration it is; the rest are the ones for that kind.
  const steps = stepsForKind(allSteps, answers);
  const step = steps[index];
  const suggested = step && report ? step.suggest?.(report) : undefined;
  const chosen = step ? (answers[step.id] ?? suggested) : undefined;
  return (
    <>
      <h2>Troubleshooter</h2>
      <p className="lead">For invoices that were published in AutoEntry but never showed up in your accounting software — Sage 50 or QuickBooks Desktop through the Sync App, or {CLOUD_PRODUCTS_TEXT} online. Go through the checks in order.</p>
      {step ? (
        <>
          <TroubleshooterStepView
            step={step}
            number={index + 1}
            total={steps.length}
            report={report}
            chosen={chosen}
            suggested={suggested !== undefined && answers[step.id] === undefined}
            onChoose={(id) => setAnswers((prev) => ({ ...prev, [step.id]: id }))}
          />
          <div className="step-buttons">
            <button type="button" onClick={() => setIndex(index - 1)} disabled={index === 0}>
              Back
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                if (chosen) setAnswers((prev) => ({ ...prev, [step.id]: chosen }));
                setIndex(index + 1);
              }}
              disabled={!chosen}
            >
              {index === steps.length - 1 ? 'Finish' : 'Next'}
            </button>
          </div>
        </>
      ) : (
        <TroubleshooterSummary
          steps={steps}
          answers={answers}
          onRestart={() => {
            setAnswers({});
            setIndex(0);
          }}
        />
      )}
    </>
  );
}
