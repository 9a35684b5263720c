import { ActionButton } from '../findings/ActionButton.js';
import type { TroubleshooterAnswer } from './troubleshooter-steps.js';

/** What to do about the answer the user picked. */
export function AnswerAdvice({ answer }: { answer: TroubleshooterAnswer }) {
  if (answer.advice.length === 0 && !answer.action && !answer.link) return null;
  return (
    <div className="advice">
      {answer.advice.length > 0 && (
        <ul>
          {answer.advice.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {answer.action && <ActionButton action={answer.action} />}
      {answer.link && <a href={answer.link.href}>{answer.link.label}</a>}
    </div>
  );
}
