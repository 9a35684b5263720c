import type { Severity, Status } from '../../src-shared/model/severity.js';

/** Every colour in the UI comes with words and a shape, never colour alone. */
export interface StatusLook {
  /** Short label: "All good". */
  label: string;
  /** A glyph that differs in shape, hidden from screen readers (the label says it). */
  icon: string;
  /** CSS class carrying the colour. */
  tone: 'ok' | 'info' | 'warn' | 'error';
}

export const SEVERITY_LOOK: Record<Severity, StatusLook> = {
  ok: { label: 'OK', icon: '✓', tone: 'ok' },
  info: { label: 'For information', icon: 'i', tone: 'info' },
  warn: { label: 'Worth a look', icon: '!', tone: 'warn' },
  error: { label: 'Problem', icon: '✗', tone: 'error' },
};

export const STATUS_HEADLINE: Record<Status, { label: string; sentence: string }> = {
  ok: {
    label: 'All good',
    sentence: 'Invoices you publish in AutoEntry should reach your accounting software.',
  },
  warn: {
    label: 'Worth a look',
    sentence: 'Nothing is stopping invoices yet, but something below may need your attention.',
  },
  error: {
    label: 'Action needed',
    sentence: 'Invoices you publish in AutoEntry may not be reaching your accounting software. The steps below show how to fix it.',
  },
};
