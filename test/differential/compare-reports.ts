import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import type { Blindness, MachineVariant } from './machine-variants.js';
import type { WindowsPath } from './windows-paths.js';

/**
 * Compares a Windows path's report with the snapshot's: the same finding codes and
 * severities, the same status, the same suggested paths — topic by topic (the Sync App, Sage,
 * QuickBooks, each configured path, the look-ups that failed). One difference is allowed, in
 * one direction only: where the variant makes the path blind to something (machine-variants.ts
 * `blind`, each with its reason), a reference verdict that rests on it may become "could not
 * check" on the path — never a verdict where the reference could not check, never another verdict.
 */
type Topic = string;

/** "Could not check" for each kind of topic (spec/report.md: *.unknown, path.unverified, probe.*). */
const COULD_NOT_CHECK: Record<Blindness['topic'], readonly string[]> = {
  syncapp: ['syncapp.unknown'],
  sage: ['sage.unknown'],
  quickbooks: ['quickbooks.unknown'],
};

function topicOf(finding: Finding): Topic {
  if (finding.code.startsWith('path.') && finding.configuredPath !== undefined) return `path ${finding.configuredPath}`;
  return finding.code.slice(0, finding.code.indexOf('.'));
}

function byTopic(report: Report): Map<Topic, Finding[]> {
  const topics = new Map<Topic, Finding[]>();
  for (const finding of report.findings) {
    const topic = topicOf(finding);
    topics.set(topic, [...(topics.get(topic) ?? []), finding]);
  }
  return topics;
}

const verdicts = (findings: readonly Finding[] = []) => [...new Set(findings.map((f) => `${f.code}/${f.severity}${f.suggestedPath !== undefined ? ` → ${f.suggestedPath}` : ''}`))].sort();
const codes = (findings: readonly Finding[] = []) => [...new Set(findings.map((f) => f.code))].sort();

export interface Comparison {
  differences: string[];
  /** The allowances used, with their reasons. */
  allowed: string[];
}

export function compareReports(reference: Report, candidate: Report, allBlindness: readonly Blindness[], path?: WindowsPath): Comparison {
  const blind = allBlindness.filter((b) => b.paths === undefined || (path !== undefined && b.paths.includes(path)));
  const differences: string[] = [];
  const allowed: string[] = [];
  const ref = byTopic(reference);
  const got = byTopic(candidate);
  for (const topic of new Set([...ref.keys(), ...got.keys()])) {
    if (topic === 'probe') continue; // judged below, with the allowances
    const want = verdicts(ref.get(topic));
    const have = verdicts(got.get(topic));
    if (want.join() === have.join()) continue;
    const blindness = blind.find((b) => b.topic === topic);
    const refCodes = codes(ref.get(topic));
    const gotCodes = codes(got.get(topic));
    if (blindness !== undefined && refCodes.length > 0 && refCodes.every((c) => blindness.verdicts.includes(c)) && gotCodes.length > 0 && gotCodes.every((c) => COULD_NOT_CHECK[blindness.topic].includes(c))) {
      allowed.push(`${topic}: ${refCodes.join(', ')} → ${gotCodes.join(', ')} (${blindness.reason})`);
      continue;
    }
    differences.push(`${topic}: the snapshot says [${want.join('; ')}], this path says [${have.join('; ')}]`);
  }
  const refProbes = codes(ref.get('probe'));
  const gotProbes = codes(got.get('probe'));
  const missing = refProbes.filter((c) => !gotProbes.includes(c));
  const extra = gotProbes.filter((c) => !refProbes.includes(c));
  if (missing.length > 0) differences.push(`look-ups: the snapshot could not check some of what this path says it checked (${missing.join(', ')} missing)`);
  if (extra.length > 0) {
    if (blind.length > 0) allowed.push(`look-ups: ${extra.join(', ')} names what this path could not read`);
    else differences.push(`look-ups: this path says it could not check something the snapshot saw (${extra.join(', ')})`);
  }
  // With an allowance the status may be milder or harsher by the "could not check" warnings alone.
  if (allowed.length === 0 && reference.status !== candidate.status) differences.push(`status: the snapshot says ${reference.status}, this path says ${candidate.status}`);
  return { differences, allowed };
}

/** The spec's own rules on a variant, whichever host made the report. */
export function ruleBreaches(report: Report, variant: MachineVariant): string[] {
  const breaches: string[] = [];
  for (const rule of variant.forbidden) {
    for (const finding of report.findings) {
      if (!rule.codes.includes(finding.code)) continue;
      if (rule.configuredPathsOnly !== undefined && !(finding.configuredPath !== undefined && rule.configuredPathsOnly.test(finding.configuredPath))) continue;
      breaches.push(`${finding.code}${finding.configuredPath ? ` for ${finding.configuredPath}` : ''}: ${rule.reason}`);
    }
  }
  if (variant.mustSayCouldNotCheck !== undefined && !report.findings.some((f) => variant.mustSayCouldNotCheck!.includes(f.code))) {
    breaches.push(`the report never says what it could not read (none of ${variant.mustSayCouldNotCheck.join(', ')})`);
  }
  return breaches;
}
