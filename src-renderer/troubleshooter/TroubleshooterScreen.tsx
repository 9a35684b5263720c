import type { Report } from '../../src-shared/model/report-schema.js';
import { useScreenQuery } from '../app/screen-query.js';
import { CLOUD_PRODUCTS, listOfProducts, stepsForKind } from './integration-kind.js';

const CLOUD_PRODUCTS_TEXT = listOfProducts(CLOUD_PRODUCTS, 'or');
import { TROUBLESHOOTER_STEPS } from './troubleshooter-steps.js';
import { TroubleshooterStepView } from './TroubleshooterStepView.js';
import { TroubleshooterSummary } from './TroubleshooterSummary.js';

/** "Published but not in Sage or QuickBooks?" — the Help Centre's checks, one at a time. */
export function TroubleshooterScreen({ report, steps: allSteps = TROUBLESHOOTER_STEPS }: { report: Report | undefined; steps?: typeof TROUBLESHOOTER_STEPS }) {
  // The step and the answers live in the address (`#troubleshooter?step=3&a.kind=desktop`): a
  // visit to another screen — its own "Compare the paths" link — and back finds them as they were.
  const { query, replaceQuery } = useScreenQuery();
  const { index, answers } = troubleshooterStateFrom(query);
  const save = (nextIndex: number, nextAnswers: Record<string, string>) => replaceQuery(troubleshooterQuery(nextIndex, nextAnswers));
  const setIndex = (next: number) => save(next, answers);
  const setAnswers = (update: (prev: Record<string, string>) => Record<string, string>) => save(index, update(answers));
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
              onClick={() => save(index + 1, chosen ? { ...answers, [step.id]: chosen } : answers)}
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
          onRestart={() => save(0, {})}
        />
      )}
    </>
  );
}

/** The Troubleshooter's place and answers as read from the address. */
export function troubleshooterStateFrom(query: string): { index: number; answers: Record<string, string> } {
  const q = new URLSearchParams(query);
  const step = Number(q.get('step') ?? '1');
  const answers: Record<string, string> = {};
  for (const [key, value] of q) if (key.startsWith('a.')) answers[key.slice(2)] = value;
  return { index: Number.isInteger(step) && step >= 1 ? step - 1 : 0, answers };
}

export function troubleshooterQuery(index: number, answers: Record<string, string>): string {
  const q = new URLSearchParams();
  if (index > 0) q.set('step', String(index + 1));
  for (const [id, answer] of Object.entries(answers)) q.set(`a.${id}`, answer);
  return q.toString();
}
