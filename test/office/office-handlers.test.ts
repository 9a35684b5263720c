import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../src-shared/ipc/contract.js';
import type { AppActions } from '../../src-main/actions/app-actions.js';
import { officeHandlers } from '../../src-main/app/office-handlers.js';

const OFFICES = fileURLToPath(new URL('../fixtures/offices/', import.meta.url));
const noActions = {} as AppActions;

describe('the Office screen\'s channels', () => {
  it('office-check judges the texts the window read, and answers in the contract\'s shape', async () => {
    const dir = join(OFFICES, 'version-skew');
    const files = readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
    const answer = IPC_CHANNELS['office-check'].response.parse(await officeHandlers(noActions)['office-check']({ files }));
    expect(answer.report?.findings.map((f) => f.code)).toEqual(['office.version-skew']);
    expect(answer.report?.machines[0]?.computerName).toBe('SYNC-PC');
  });

  it('office-check with nothing readable says why instead of failing', async () => {
    const answer = await officeHandlers(noActions)['office-check']({ files: [{ name: 'a.json', text: 'nope' }] });
    expect(answer.report).toBeUndefined();
    expect(answer.problem).toMatch(/None of the files given is a readable machine snapshot.*a\.json is not valid JSON/);
  });

  it('office-folder judges the folder picked in the desktop app; without a dialog it is not supported', async () => {
    const picked: AppActions = { ...noActions, chooseFolder: async () => ({ supported: true, path: join(OFFICES, 'syncapp-none') }) };
    const answer = IPC_CHANNELS['office-folder'].response.parse(await officeHandlers(picked)['office-folder']({}));
    expect(answer).toMatchObject({ supported: true, folder: join(OFFICES, 'syncapp-none') });
    expect(answer.report?.status).toBe('error');
    const cancelled: AppActions = { ...noActions, chooseFolder: async () => ({ supported: true }) };
    expect(await officeHandlers(cancelled)['office-folder']({})).toEqual({ supported: true });
    expect(await officeHandlers(noActions)['office-folder']({})).toEqual({ supported: false });
  });

  it('office-check answers with the inputs it judged with: the bundles\' own, until some are typed', async () => {
    const dir = join(OFFICES, 'dataset-split');
    const files = readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
    const handlers = officeHandlers(noActions);
    const fromBundles = IPC_CHANNELS['office-check'].response.parse(await handlers['office-check']({ files }));
    expect(fromBundles.inputs).toEqual({ autoentryPaths: ['D:\\Copy\\Company.000'] });
    expect(fromBundles.report?.findings.map((f) => f.code)).toEqual(['office.dataset-split']);
    // Typed: re-judged with the path the office works in; a blank location is none.
    const typed = await handlers['office-check']({ files, inputs: { autoentryPaths: ['S:\\Sage\\Company.000', '  '], syncAppLocation: ' ' } });
    expect(typed.inputs).toEqual({ autoentryPaths: ['S:\\Sage\\Company.000'] });
    expect(typed.report?.findings.map((f) => f.code)).toEqual(['office.ok']);
  });

  it('office-folder again: the folder picked last is judged again with new inputs, without a dialog', async () => {
    let dialogs = 0;
    const picked: AppActions = { ...noActions, chooseFolder: async () => ({ supported: true, path: join(OFFICES, 'dataset-split'), ...(dialogs++ < 0 && {}) }) };
    const handlers = officeHandlers(picked);
    expect(await handlers['office-folder']({ again: true })).toMatchObject({ supported: true });
    expect(dialogs).toBe(1); // nothing picked yet: "again" opens the dialog
    const again = await handlers['office-folder']({ again: true, inputs: { autoentryPaths: ['S:\\Sage\\Company.000'] } });
    expect(dialogs).toBe(1);
    expect(again.folder).toBe(join(OFFICES, 'dataset-split'));
    expect(again.report?.findings.map((f) => f.code)).toEqual(['office.ok']);
  });
});
