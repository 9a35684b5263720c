// Runs under Windows node.exe (in Wine) and keeps, byte for byte, what the console tools print
// to the Windows host — the same programs and arguments as src-main/host/windows/fallback-commands.ts,
// run through pipes as the host runs them. Writes <name>.stdout.txt, <name>.stderr.txt (when
// not empty) and exit-codes.json into the folder given as the first argument.
//   node.exe capture-console.cjs <folder>
'use strict';
const { spawnSync } = require('node:child_process');
const { writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const out = process.argv[2];
const system32 = join(process.env.SystemRoot || 'C:\\Windows', 'System32');
const uninstall = 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{6F1C2A4E-9B3D-4E57-A1C8-2D7E0B5F9A31}';
const commands = {
  chcp: ['cmd.exe', ['/d', '/c', 'chcp']],
  'reg-query-uninstall': ['reg.exe', ['query', uninstall, '/s', '/reg:64']],
  'reg-query-network': ['reg.exe', ['query', 'HKCU\\Network', '/s', '/reg:64']],
  'reg-query-missing': ['reg.exe', ['query', 'HKLM\\SOFTWARE\\Intuit', '/s', '/reg:64']],
  // The parent listing (no /s) that tells the missing key above from a denied one.
  'reg-list-software': ['reg.exe', ['query', 'HKLM\\SOFTWARE', '/reg:64']],
  tasklist: ['tasklist.exe', ['/FO', 'CSV', '/NH']],
  'sc-queryex': ['sc.exe', ['queryex', 'type=', 'service', 'state=', 'all']],
  'dir-x': ['cmd.exe', ['/d', '/c', 'dir', '/x', 'C:\\']],
  powershell: [
    'WindowsPowerShell\\v1.0\\powershell.exe',
    ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', Buffer.from('$PSVersionTable.PSVersion.ToString()', 'utf16le').toString('base64')],
  ],
};

mkdirSync(out, { recursive: true });
const exitCodes = {};
for (const [name, [program, args]] of Object.entries(commands)) {
  const result = spawnSync(join(system32, program), args, { windowsHide: true, timeout: 60000 });
  exitCodes[name] = { command: [program, ...args].join(' '), exitCode: result.status };
  writeFileSync(join(out, `${name}.stdout.txt`), result.stdout || Buffer.alloc(0));
  if (result.stderr && result.stderr.length > 0) writeFileSync(join(out, `${name}.stderr.txt`), result.stderr);
}
writeFileSync(join(out, 'exit-codes.json'), `${JSON.stringify(exitCodes, null, 2)}\n`);

// Drive roots as the file system resolves them (the console drive table): fs.realpath (libuv's
// GetFinalPathNameByHandleW) of the system drive and of the mapped drive S:.
const { realpathSync } = require('node:fs');
const roots = {};
for (const root of ['C:\\', 'S:\\']) {
  try {
    roots[root] = realpathSync.native(root);
  } catch (error) {
    roots[root] = { error: error.code };
  }
}
writeFileSync(join(out, 'drive-roots.json'), `${JSON.stringify(roots, null, 2)}\n`);
