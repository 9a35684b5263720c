import type { Report } from '../../src-shared/model/report-schema.js';
import { useReport } from '../bridge/report-context.js';
import { CompaniesCard } from './CompaniesCard.js';
import { EmptyMachine } from './EmptyMachine.js';
import { MachineCard } from './MachineCard.js';
import { QuickBooksCard } from './QuickBooksCard.js';
import { noAccountingSoftware, readInventory } from './read-inventory.js';
import { SageCard } from './SageCard.js';
import { StatusBanner } from './StatusBanner.js';
import { SyncAppCard } from './SyncAppCard.js';
import { settingsDenied } from './settings-denied.js';
import { firstStep, problemsWorstFirst } from './first-step.js';

/** The banner's first step has a button: it is the view's one accent button. */
function bannerOffersAStep(report: Report): boolean {
  const worst = problemsWorstFirst(report)[0];
  return worst !== undefined && firstStep(worst)?.action !== undefined;
}

function nothingFound(report: Report): boolean {
  const codes = new Set(report.findings.map((f) => f.code));
  // "Nothing found" only from look-ups that answered (evidence before absence).
  if (codes.has('sage.unknown') || codes.has('quickbooks.unknown') || settingsDenied(report, 'sage') || settingsDenied(report, 'quickbooks')) return false;
  return (codes.has('sage.not-found') && codes.has('quickbooks.not-found')) || noAccountingSoftware(readInventory(report));
}

const hasCode = (report: Report, code: string) => report.findings.some((f) => f.code === code);

/** One look: can invoices get through, and what is on this computer. */
export function OverviewScreen({ report }: { report: Report }) {
  const { checking, checkNow, loadDemo, appInfo } = useReport();
  const inventory = readInventory(report);
  const syncAppFinding = report.findings.find((f) => f.code.startsWith('syncapp.'));
  return (
    <>
      <StatusBanner report={report} />
      <div className="cards">
        <MachineCard report={report} checking={checking} onCheckNow={() => void checkNow()} source={inventory.source ?? appInfo?.source} prominent={!bannerOffersAStep(report)} />
        <SyncAppCard report={report} inventory={inventory} finding={syncAppFinding} />
        {nothingFound(report) ? (
          <EmptyMachine onTryDemo={() => void loadDemo()} busy={checking} />
        ) : (
          <>
            <SageCard inventory={inventory} generatedAt={report.generatedAt} unchecked={hasCode(report, 'sage.unknown')} denied={settingsDenied(report, 'sage')} />
            <QuickBooksCard inventory={inventory} unchecked={hasCode(report, 'quickbooks.unknown')} denied={settingsDenied(report, 'quickbooks')} />
          </>
        )}
        <CompaniesCard report={report} />
      </div>
    </>
  );
}
