import type { Inventory } from '../../../src-shared/model/inventory.js';
import { ReportSchema, type Finding, type Report } from '../../../src-shared/model/report-schema.js';

/**
 * Reports of the example machines in test/fixtures/machines, written out by hand until the
 * real check can produce them here. Each is checked against ReportSchema when built.
 */

const STALE = 'C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000';
const CURRENT = 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000';

function syncAppRunning(startedAt = '2026-11-20T08:03:00Z'): Inventory['syncApp'] {
  return {
    running: [{ kind: 'process', name: 'AutoEntry.SyncApp.exe', pid: 5001, user: 'OFFICE\\jane', sessionId: 1, startedAt, thisSession: true }],
    stoppedServices: [],
    installed: [{ displayName: 'AutoEntry Sync App', version: '4.2.1', installLocation: 'C:\\Program Files (x86)\\AutoEntry\\Sync App\\' }],
  };
}

const NO_QUICKBOOKS: Inventory['quickbooks'] = { versions: [], recentFiles: [], companyFiles: [], services: [], running: false };

function report(partial: { status: Report['status']; findings: Finding[]; inventory: Inventory; generatedAt?: string }): Report {
  return ReportSchema.parse({
    format: 'sync-doctor/report@1',
    status: partial.status,
    generatedAt: partial.generatedAt ?? '2026-11-20T09:30:02Z',
    machine: { computerName: partial.inventory.machine.computerName, userName: partial.inventory.machine.userName },
    findings: partial.findings,
    inventory: partial.inventory,
  });
}

const OFFICE_PC1 = { computerName: 'OFFICE-PC1', userName: 'jane', userDomain: 'OFFICE', os: 'Windows 11 Pro 24H2', sessionId: 1 };

const SYNCAPP_RUNNING: Finding = {
  code: 'syncapp.running',
  severity: 'ok',
  title: 'The Sync App is running',
  detail: 'AutoEntry.SyncApp.exe runs for jane on this computer.',
  guidance: [],
};

/** sage-stale-after-upgrade.json with --autoentry-path …\2024\Company.000 */
export function staleAfterUpgradeReport(): Report {
  return report({
    status: 'error',
    findings: [
      SYNCAPP_RUNNING,
      { code: 'sage.found', severity: 'info', title: 'Sage 50 Accounts 2025 found', detail: 'Two versions are set up: 2024 and 2025 (in use).', guidance: [] },
      {
        code: 'path.stale-version',
        severity: 'error',
        title: 'AutoEntry points at the old Sage 2024 data',
        detail: 'Sage 50 was upgraded to 2025, but AutoEntry still sends invoices to the 2024 copy of the company.',
        configuredPath: STALE,
        suggestedPath: CURRENT,
        inUsePath: CURRENT,
        upgradedAt: '2025-04-02T08:00:00Z',
        staleDatasetLastWrite: '2026-11-19T16:40:00Z',
        software: 'sage',
        guidance: [
          { text: 'Copy the path of the data Sage 2025 uses.', action: { kind: 'copy-path', path: CURRENT } },
          { text: 'In the Sync App, disconnect the company and connect it again with that path.' },
          { text: 'Open AutoEntry, then unpublish and publish again the invoices published since the upgrade.', action: { kind: 'open-autoentry' } },
        ],
      },
    ],
    inventory: {
      source: 'snapshot of OFFICE-PC1 taken 2026-11-20T09:30:00Z',
      machine: OFFICE_PC1,
      drives: [{ letter: 'C:', kind: 'fixed' }],
      syncApp: syncAppRunning(),
      sage: {
        versionInUse: '2025',
        versions: [
          { name: '2024', version: 30, companyFile: 'C:\\ProgramData\\Sage\\Accounts\\2024\\COMPANY', listedAt: '2024-03-11T10:00:00Z', readable: true, datasets: [{ path: STALE, exists: true, lastWrite: '2026-11-19T16:40:00Z', network: false }] },
          { name: '2025', version: 31, companyFile: 'C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY', listedAt: '2025-04-02T08:00:00Z', readable: true, datasets: [{ path: CURRENT, exists: true, lastWrite: '2026-11-20T09:05:00Z', network: false }] },
        ],
        services: [],
        installed: ['Sage 50 Accounts v31'],
        running: true,
      },
      quickbooks: NO_QUICKBOOKS,
      configuredPaths: [STALE],
    },
  });
}

/** sage-network-mapped-drive.json: AutoEntry uses the UNC spelling of the S: drive Sage uses. */
export function mappedDriveReport(): Report {
  const unc = '\\\\filesrv\\accounts\\SAGE\\Company.000\\ACCDATA\\';
  return report({
    status: 'ok',
    findings: [
      SYNCAPP_RUNNING,
      {
        code: 'path.match',
        severity: 'ok',
        title: 'AutoEntry’s path is the data Sage uses',
        detail: 'Written differently, but it is the same folder.',
        configuredPath: unc,
        inUsePath: 'S:\\SAGE\\Company.000',
        software: 'sage',
        equivalence: [
          { kind: 'mapped-drive', text: 'S: is \\\\FILESRV\\Accounts' },
          { kind: 'accdata', text: 'The ACCDATA folder belongs to the dataset Company.000' },
          { kind: 'case', text: 'Windows ignores the difference between capital and small letters' },
        ],
        guidance: [],
      },
    ],
    inventory: {
      source: 'this PC',
      machine: OFFICE_PC1,
      drives: [{ letter: 'C:', kind: 'fixed' }, { letter: 'S:', kind: 'network', remote: '\\\\FILESRV\\Accounts' }],
      syncApp: syncAppRunning(),
      sage: {
        versionInUse: '2025',
        versions: [{ name: '2025', version: 31, companyFile: 'C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY', readable: true, datasets: [{ path: 'S:\\SAGE\\Company.000', exists: true, network: true }] }],
        services: [{ name: 'Sage 50 Accounts Data Service v31', state: 'running' }],
        installed: ['Sage 50 Accounts v31'],
        running: false,
      },
      quickbooks: NO_QUICKBOOKS,
      configuredPaths: [unc],
    },
  });
}

/** quickbooks-sync-app-stopped.json: the path is right, but the Sync App is not running. */
export function quickBooksSyncAppStoppedReport(): Report {
  const qbw = 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\CompanyFiles\\HarbourCafe.QBW';
  return report({
    status: 'error',
    findings: [
      {
        code: 'syncapp.not-running',
        severity: 'error',
        title: 'The Sync App is not running',
        detail: 'It is installed on this computer, but it is not running, so invoices cannot reach QuickBooks.',
        guidance: [{ text: 'Start the Sync App.', action: { kind: 'start-sync-app' } }, { text: 'Publish the waiting invoices again.' }],
      },
      { code: 'quickbooks.found', severity: 'info', title: 'QuickBooks Desktop 2024 found', detail: 'One company file.', guidance: [] },
      { code: 'path.match', severity: 'ok', title: 'AutoEntry’s path is the company file QuickBooks uses', detail: 'Same file.', configuredPath: qbw, inUsePath: qbw, software: 'quickbooks', guidance: [] },
    ],
    inventory: {
      source: 'this PC',
      machine: { computerName: 'CAFE-OFFICE', userName: 'sam', sessionId: 1 },
      drives: [{ letter: 'C:', kind: 'fixed' }],
      syncApp: { running: [], stoppedServices: [], installed: [{ displayName: 'AutoEntry Sync App', version: '4.2.1' }] },
      sage: { versions: [], services: [], installed: [], running: false },
      quickbooks: {
        versions: ['QuickBooks Desktop Pro 2024'],
        recentFiles: [{ path: qbw, listedIn: 'qbw.ini' }],
        companyFiles: [{ path: qbw, exists: true, modified: '2026-11-19T17:00:00Z', hostedBy: 'CAFE-OFFICE', hostedHere: true, serverMode: 1 }],
        services: [{ name: 'QuickBooksDB34', state: 'running' }],
        running: false,
      },
      configuredPaths: [qbw],
    },
  });
}

/** sage-healthy.json: everything fine. */
export function healthyReport(generatedAt?: string): Report {
  return report({
    status: 'ok',
    generatedAt,
    findings: [
      SYNCAPP_RUNNING,
      { code: 'sage.found', severity: 'info', title: 'Sage 50 Accounts 2025 found', detail: 'One dataset.', guidance: [] },
      { code: 'path.match', severity: 'ok', title: 'AutoEntry’s path is the data Sage uses', detail: 'Same folder.', configuredPath: CURRENT, inUsePath: CURRENT, software: 'sage', guidance: [] },
    ],
    inventory: {
      source: 'this PC',
      machine: OFFICE_PC1,
      drives: [{ letter: 'C:', kind: 'fixed' }],
      syncApp: syncAppRunning(),
      sage: {
        versionInUse: '2025',
        versions: [{ name: '2025', version: 31, companyFile: 'C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY', readable: true, datasets: [{ path: CURRENT, exists: true, network: false }] }],
        services: [],
        installed: ['Sage 50 Accounts v31'],
        running: true,
      },
      quickbooks: NO_QUICKBOOKS,
      configuredPaths: [CURRENT],
    },
  });
}

/** The same machine after the Sync App stopped. */
export function healthyButSyncAppStoppedReport(): Report {
  const base = healthyReport('2026-11-20T09:31:02Z');
  const inventory = { ...(base.inventory as unknown as Inventory), syncApp: { ...syncAppRunning(), running: [] } };
  return report({
    status: 'error',
    generatedAt: base.generatedAt,
    findings: [
      { code: 'syncapp.not-running', severity: 'error', title: 'The Sync App is not running', detail: 'It stopped.', guidance: [{ text: 'Start it.', action: { kind: 'start-sync-app' } }] },
      ...base.findings.filter((f) => !f.code.startsWith('syncapp.')),
    ],
    inventory,
  });
}

/** A computer with neither Sage 50 nor QuickBooks, nor the Sync App. */
export function emptyMachineReport(): Report {
  return report({
    status: 'error',
    findings: [
      { code: 'syncapp.not-installed', severity: 'error', title: 'The Sync App is not on this computer', detail: 'Not installed, not running.', guidance: [] },
      { code: 'sage.not-found', severity: 'info', title: 'No Sage 50 Accounts here', detail: '', guidance: [] },
      { code: 'quickbooks.not-found', severity: 'info', title: 'No QuickBooks Desktop here', detail: '', guidance: [] },
      { code: 'path.not-configured', severity: 'warn', title: 'No AutoEntry file path given', detail: 'Add your companies in Settings.', guidance: [] },
    ],
    inventory: {
      source: 'this PC',
      machine: { computerName: 'LAPTOP-7', userName: 'alex', sessionId: 1 },
      drives: [{ letter: 'C:', kind: 'fixed' }],
      syncApp: { running: [], stoppedServices: [], installed: [] },
      sage: { versions: [], services: [], installed: [], running: false },
      quickbooks: NO_QUICKBOOKS,
      configuredPaths: [],
    },
  });
}
