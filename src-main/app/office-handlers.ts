import type { IpcHandlers, IpcResponse } from '../../src-shared/ipc/contract.js';
import type { AppActions } from '../actions/app-actions.js';
import { officeSourcesFromTexts, readOfficeSources, type OfficeSource } from '../check/office-sources.js';
import { judgeOfficeSources, NoReadableSnapshot, type OfficeGivenInputs } from '../check/run-office-check.js';

const NONE_GIVEN: OfficeGivenInputs = { autoentryPaths: [] };

/** The inputs typed on the Office screen: blank paths dropped, a blank location is none. */
function givenFrom(inputs: { autoentryPaths: string[]; syncAppLocation?: string | undefined } | undefined): OfficeGivenInputs {
  if (!inputs) return NONE_GIVEN;
  const location = inputs.syncAppLocation?.trim();
  return { autoentryPaths: inputs.autoentryPaths.filter((p) => p.trim() !== ''), ...(location && { syncAppLocation: location }) };
}

/** The office judged with the inputs typed, else those the snapshots carry; "no readable snapshot" is an answer, not a failure. */
async function judge(sources: OfficeSource[], given: OfficeGivenInputs): Promise<IpcResponse<'office-check'>> {
  try {
    return await judgeOfficeSources(sources, given);
  } catch (error) {
    if (!(error instanceof NoReadableSnapshot)) throw error;
    const first = sources.find((s) => !s.load.ok);
    return { problem: `${error.message}${first && !first.load.ok ? ` ${first.load.message}` : ''}` };
  }
}

/** The Office screen's channels: snapshots the window read, or a folder picked in the desktop app (and judged again on request). */
export function officeHandlers(actions: AppActions): Pick<IpcHandlers, 'office-check' | 'office-folder'> {
  // Only a folder the user picked in the system's dialog is ever read again.
  let picked: string | undefined;
  return {
    'office-check': ({ files, inputs }) => judge(officeSourcesFromTexts(files), givenFrom(inputs)),
    'office-folder': async ({ again, inputs }) => {
      if (again === true && picked !== undefined) return { supported: true, folder: picked, ...(await judge(await readOfficeSources([picked]), givenFrom(inputs))) };
      const choice = actions.chooseFolder ? await actions.chooseFolder('Choose the folder with the PCs\' snapshots') : { supported: false };
      if (!choice.supported || choice.path === undefined) return { supported: choice.supported };
      picked = choice.path;
      return { supported: true, folder: choice.path, ...(await judge(await readOfficeSources([choice.path]), givenFrom(inputs))) };
    },
  };
}
