import { iniValue, parseIniText } from './ini-text.js';

/** The settings of a QuickBooks `.ND` network sidecar. */
export interface NdSettings {
  serverIp?: string;
  engineName?: string;
  serverPort?: string;
  filePath?: string;
  /** 1: this computer hosts the file; 2: hosting is off. */
  serverMode?: number;
  /** The computer named by EngineName `QB_<HOST>_<NN>`; absent when the name is QuickBooks' personal data engine. */
  hostName?: string;
}

/** `.ND` ServerMode when multi-user hosting is off: the sidecar then names no host that serves the file. */
export const ND_HOSTING_OFF = 2;

/**
 * QuickBooks opened without the Database Server Manager runs its own personal data engine and
 * writes `EngineName=QB_data_engine_NN` (with ServerMode=2). That is the name of a program, not
 * of a computer.
 */
const PERSONAL_DATA_ENGINE = /^data_engine$/i;

export function parseNdText(text: string): NdSettings {
  const all = parseIniText(text);
  const section = all.find((s) => s.name.toLowerCase() === 'netconnect') ?? all[0];
  if (!section) return {};
  const get = (key: string) => iniValue(section, key) || undefined;
  const settings: NdSettings = {};
  const serverIp = get('ServerIp');
  const engineName = get('EngineName');
  const serverPort = get('ServerPort');
  const filePath = get('FilePath');
  const mode = Number.parseInt(get('ServerMode') ?? '', 10);
  if (serverIp) settings.serverIp = serverIp;
  if (engineName) {
    settings.engineName = engineName;
    const host = /^QB_(.+)_(\d+)$/i.exec(engineName)?.[1];
    if (host && !PERSONAL_DATA_ENGINE.test(host)) settings.hostName = host;
  }
  if (serverPort) settings.serverPort = serverPort;
  if (filePath) settings.filePath = filePath;
  if (Number.isFinite(mode)) settings.serverMode = mode;
  return settings;
}

/**
 * The computer that serves the file in multi-user mode, by its sidecar: a real computer named
 * by EngineName, and hosting not switched off. A stale sidecar with hosting off names nobody.
 */
export function ndHostComputer(nd: NdSettings): string | undefined {
  return nd.serverMode === ND_HOSTING_OFF ? undefined : nd.hostName;
}
