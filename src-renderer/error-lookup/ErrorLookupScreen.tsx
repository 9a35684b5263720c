import { useId, useState } from 'react';
import { ActionButton } from '../findings/ActionButton.js';
import { CLOUD_PRODUCTS, listOfProducts } from '../troubleshooter/integration-kind.js';
import { KNOWN_ERRORS } from './known-errors.js';
import { matchError } from './match-error.js';
import { LocalFindings } from './LocalFindings.js';

const CLOUD_PRODUCTS_TEXT = listOfProducts(CLOUD_PRODUCTS);

/** Paste the exact message; get its usual cause and fix, or how to look it up. */
export function ErrorLookupScreen() {
  const [message, setMessage] = useState('');
  const [asked, setAsked] = useState('');
  const fieldId = useId();
  const matches = asked ? matchError(asked, KNOWN_ERRORS) : [];
  return (
    <>
      <h2>Error lookup</h2>
      <p className="lead">
        Paste the message exactly as AutoEntry shows it — from “Read more” beside an orange triangle, from the Integrate page, or
        from the Sync App. It knows messages about Sage 50 and QuickBooks Desktop through the Sync App, and about {CLOUD_PRODUCTS_TEXT}{' '}
        online.
      </p>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked(message.trim());
        }}
      >
        <label htmlFor={fieldId}>The exact message</label>
        <textarea id={fieldId} rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />
        <button type="submit" className="primary" disabled={message.trim() === ''}>
          Look it up
        </button>
      </form>
      <div aria-live="polite">
        {asked &&
          matches.map((m) => (
            <section key={m.id} className="card" aria-labelledby={`known-${m.id}`}>
              <h3 id={`known-${m.id}`}>Messages about {m.about}</h3>
              {m.shownBy && (
                <p className="hint">
                  Shown by {m.shownBy}
                  {m.example ? <>, for example: “{m.example}”</> : null}
                </p>
              )}
              <h4>Usual cause</h4>
              <p>{m.cause}</p>
              <h4>What to do</h4>
              <ol className="steps">
                {m.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
              {m.action && <ActionButton action={m.action} />}
              {m.check && m.check.codes.length > 0 ? (
                <LocalFindings codes={m.check.codes} href={m.check.href} label={m.check.label} heading="What this PC’s check says" />
              ) : (
                m.link && <a href={m.link.href}>{m.link.label}</a>
              )}
              {m.check && m.check.codes.length === 0 && <a href={m.check.href}>{m.check.label}</a>}
              <p className="hint">
                Source: <cite>{m.source.title}</cite> — <span className="source-url">{m.source.url}</span>
              </p>
            </section>
          ))}
        {asked && matches.length === 0 && (
          <section className="card" aria-labelledby="unknown-heading">
            <h3 id="unknown-heading">Sync Doctor does not know this message</h3>
            <LocalFindings href="#findings" label="See everything this PC’s check found" heading="The likely cause, from this PC’s check" />
            <h4>What to do</h4>
            <ol className="steps">
              <li>Open the AutoEntry Help Centre and search for the message word for word — copy and paste it rather than retyping.</li>
              <li>If nothing matches, try the most distinctive part of it, such as a field name or a number.</li>
              <li>
                Do not disconnect and reconnect the integration just in case: many different problems show an error, each with its
                own fix, and reconnecting can make things worse. Reconnect only when the company shows no integration at all.
              </li>
            </ol>
            <ActionButton action={{ kind: 'open-help-centre' }} />
          </section>
        )}
      </div>
    </>
  );
}
