import type { IpcHandlers, IpcResponse } from '../../src-shared/ipc/contract.js';
import type { AppActions } from '../actions/app-actions.js';
import { officeSourcesFromTexts, readOfficeSources, type OfficeSource } from '../check/office-sources.js';
import { NoReadableSnapshot, runOfficeCheck } from '../check/run-office-check.js';

/** The office judged with the inputs the snapshots carry; "no readable snapshot" is an answer, not a failure. */
async function judge(sources: OfficeSource[]): Promise<IpcResponse<'office-check'>> {
  try {
    return { report: await runOfficeCheck(sources, { autoentryPaths: [] }) };
  } catch (error) {
    if (!(error instanceof NoReadableSnapshot)) throw error;
    const first = sources.find((s) => !s.load.ok);
    return { problem: `${error.message}${first && !first.load.ok ? ` ${first.load.message}` : ''}` };
  }
}

/** The Office screen's channels: snapshots the window read, or a folder picked in the desktop app. */
export function officeHandlers(actions: AppActions): Pick<IpcHandlers, 'office-check' | 'office-folder'> {
  return {
    'office-check': ({ files }) => judge(officeSourcesFromTexts(files)),
    'office-folder': async () => {
      const choice = actions.chooseFolder ? await actions.chooseFolder('Choose the folder with the PCs\' snapshots') : { supported: false };
      if (!choice.supported || choice.path === undefined) return { supported: choice.supported };
      return { supported: true, folder: choice.path, ...(await judge(await readOfficeSources([choice.path]))) };
    },
  };
}
