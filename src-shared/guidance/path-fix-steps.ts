import type { GuidanceStep } from '../model/report-schema.js';
import type { FindingDraft } from '../diagnose/finding-draft.js';
import type { GuidanceContext } from './guidance-context.js';
import { copyPathStep, STEP } from './guidance-steps.js';

/** A QuickBooks verdict, or one about a QuickBooks company file (.QBW). */
function isQuickBooks(f: FindingDraft): boolean {
  // Stryker disable next-line StringLiteral: any other text that does not end in .qbw reads as no path does.
  return f.software === 'quickbooks' || /\.qbw$/i.test(f.configuredPath ?? '');
}

/** "Sage 2025" or "QuickBooks": who works in the data a path is corrected to. */
function softwareOf(f: FindingDraft, ctx: GuidanceContext): string {
  if (isQuickBooks(f)) return 'QuickBooks';
  return ctx.sageVersion ? `Sage ${ctx.sageVersion}` : 'Sage';
}

function candidatesOf(f: FindingDraft, ctx: GuidanceContext): readonly string[] {
  return isQuickBooks(f) ? ctx.candidates.quickbooks : ctx.candidates.sage;
}

/**
 * Where the path is changed: in the AutoEntry Desktop Sync App, on the computer it runs on —
 * a desktop program, so its button starts (or brings forward) the Sync App here, and there is
 * no button when it runs on another computer.
 */
export function reconnectStep(target: string | undefined): (ctx: GuidanceContext) => GuidanceStep {
  const choosing = target ? `choosing ${target}` : 'choosing the path of the company you work in';
  return (ctx) => {
    if (ctx.syncApp.at === 'elsewhere') {
      return { text: `On ${ctx.syncApp.computer}, where the Sync App runs, open the AutoEntry Desktop Sync App, disconnect this company and connect it again ${choosing}.` };
    }
    return {
      text: `Open the AutoEntry Desktop Sync App, disconnect this company and connect it again ${choosing}. (AutoEntry's Integrate page shows the path too.)`,
      ...(ctx.syncApp.at === 'here' && { action: { kind: 'start-sync-app' as const, label: 'Open the Sync App' } }),
    };
  };
}

/** The path to correct AutoEntry to, and the steps that fix it, in order. */
export function fixPathSteps(f: FindingDraft, ctx: GuidanceContext): GuidanceStep[] {
  const target = f.suggestedPath || undefined;
  const steps: GuidanceStep[] = [];
  if (target) steps.push(copyPathStep(`${softwareOf(f, ctx)} works in ${target}: copy this path.`, target));
  else steps.push(...noClearCandidate(f, ctx));
  steps.push(reconnectStep(target)(ctx), STEP.republish, STEP.archived, STEP.alreadyExists);
  return steps;
}

/** No one clear candidate: list the data in use (each can be copied on the File paths screen), or say how to find it. */
function noClearCandidate(f: FindingDraft, ctx: GuidanceContext): GuidanceStep[] {
  const candidates = candidatesOf(f, ctx);
  if (candidates.length > 1) {
    return [{ text: `${softwareOf(f, ctx)} works in one of these: ${candidates.join('; ')}. Ask who keeps the books which one is the company's, and copy that path (the File paths screen has a Copy button for each).` }];
  }
  return [{ text: 'In Sage or QuickBooks, find the file path of the company you work in (Sage: Help > About shows the data folder; QuickBooks: press F2 for Product Information).' }];
}

/**
 * A configured place that does not answer. When the data in use answered elsewhere, that is the
 * first step (the old server being off is often why invoices stopped: switching it back on would
 * send them into old books); whether the old place is meant to be on comes second.
 */
export function unreachableSteps(f: FindingDraft, ctx: GuidanceContext, openStep: GuidanceStep): GuidanceStep[] {
  const target = f.suggestedPath || undefined;
  const candidates = candidatesOf(f, ctx);
  if (target) {
    return [
      copyPathStep(`${softwareOf(f, ctx)} works in ${target}, which answers from this PC: copy this path.`, target),
      reconnectStep(target)(ctx),
      { ...openStep, text: `Only if the company's books really are at ${f.configuredPath ?? 'the old place'}: is that server or drive meant to be on? Switching it back on sends invoices there, not to ${target}.` },
      STEP.republish,
    ];
  }
  if (candidates.length > 1) return [...noClearCandidate(f, ctx), reconnectStep(undefined)(ctx), openStep, STEP.republish];
  return [openStep, { text: 'If it is a mapped drive (such as S:), reconnect it, or sign in to Windows as the user who mapped it.' }, STEP.republish];
}
