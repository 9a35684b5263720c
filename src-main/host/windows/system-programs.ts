import { win32 } from 'node:path';

/**
 * The Windows programs the host runs, by full path under the Windows folder. A bare name would
 * be looked up in the current folder first (Windows' own search order), where a stray
 * `powershell.exe` in Downloads could answer instead of Windows.
 */
export interface SystemPrograms {
  powershell: string;
  tasklist: string;
  reg: string;
  sc: string;
  cmd: string;
}

export function systemPrograms(systemRoot = 'C:\\Windows'): SystemPrograms {
  const system32 = win32.join(systemRoot, 'System32');
  return {
    powershell: win32.join(system32, 'WindowsPowerShell', 'v1.0', 'powershell.exe'),
    tasklist: win32.join(system32, 'tasklist.exe'),
    reg: win32.join(system32, 'reg.exe'),
    sc: win32.join(system32, 'sc.exe'),
    cmd: win32.join(system32, 'cmd.exe'),
  };
}
