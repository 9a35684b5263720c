import { iniValue, parseIniText } from './ini-text.js';

/** The settings of a QuickBooks `.ND` network sidecar. */
export interface NdSettings {
  serverIp?: string;
  engineName?: string;
  serverPort?: string;
  filePath?: string;
  /** 1: this computer hosts the file; 2: hosting is off. */
  serverMode?: number;
  /** The computer named by EngineName `QB_<HOST>_<NN>`. */
  hostName?: string;
}

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
    if (host) settings.hostName = host;
  }
  if (serverPort) settings.serverPort = serverPort;
  if (filePath) settings.filePath = filePath;
  if (Number.isFinite(mode)) settings.serverMode = mode;
  return settings;
}
