import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** What a Windows program printed, byte for byte, and how it ended. */
export interface WineOutcome {
  exitCode: number | null;
  stdout: Buffer;
  stderr: Buffer;
}

/** Wine 8 as the lane needs it: quiet, no Mono or Gecko install prompts, no display. */
function wineEnvironment(prefix: string): NodeJS.ProcessEnv {
  return { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=', DISPLAY: '', WAYLAND_DISPLAY: '' };
}

/** Why Wine cannot be used here, or undefined when `wine --version` answers. */
export function wineMissingReason(): string | undefined {
  const probe = spawnSync('wine', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (probe.error) return `wine is not installed (${probe.error.message}); on Debian: apt-get install wine wine64`;
  return probe.status === 0 ? undefined : `wine --version exited with ${probe.status}: ${probe.stderr.trim()}`;
}

/**
 * A Wine prefix of its own in a temporary folder: a throwaway Windows 10 PC whose C: drive,
 * registry and drive letters the test stages.
 */
export class WinePrefix {
  readonly root = mkdtempSync(join(tmpdir(), 'sync-doctor-wine-'));
  readonly prefix = join(this.root, 'prefix');
  private runs = 0;

  /** Creates the prefix (`wineboot -i`) and makes it Windows 10: Node ≥ 20 refuses Wine's default, Windows 7. */
  create(): void {
    this.mustRun(['wineboot', '-i']);
    this.mustRun(['winecfg', '-v', 'win10']);
    this.waitForServer();
  }

  /**
   * Runs a program under Wine with stdout and stderr sent to real files: Windows `node.exe`
   * dies with EBADF when either is a Unix pipe.
   */
  run(args: readonly string[], timeoutMs = 240_000): WineOutcome {
    const io = join(this.root, 'io');
    mkdirSync(io, { recursive: true });
    const run = (this.runs += 1);
    const outFile = join(io, `${run}.out`);
    const errFile = join(io, `${run}.err`);
    const out = openSync(outFile, 'w');
    const err = openSync(errFile, 'w');
    try {
      const result = spawnSync('wine', args, { stdio: ['ignore', out, err], env: wineEnvironment(this.prefix), timeout: timeoutMs });
      if (result.error) throw new Error(`wine ${args.join(' ')}: ${result.error.message}`);
      return { exitCode: result.status, stdout: readFileSync(outFile), stderr: readFileSync(errFile) };
    } finally {
      closeSync(out);
      closeSync(err);
    }
  }

  /** Like `run`, but a failure (non-zero exit) throws with what the program printed. */
  mustRun(args: readonly string[]): WineOutcome {
    const outcome = this.run(args);
    if (outcome.exitCode !== 0) {
      throw new Error(`wine ${args.join(' ')} exited with ${outcome.exitCode}: ${outcome.stderr.toString('utf8').trim()}`);
    }
    return outcome;
  }

  /** The Unix path of a `C:\…` path inside the prefix. */
  unixPathOf(windowsPath: string): string {
    const match = /^([A-Za-z]):\\?(.*)$/.exec(windowsPath);
    if (!match || match[1]!.toUpperCase() !== 'C') throw new Error(`not a C: path: ${windowsPath}`);
    return join(this.prefix, 'drive_c', ...match[2]!.split('\\').filter((part) => part !== ''));
  }

  /** Writes a file on the prefix's C: drive, creating its folders. */
  writeFile(windowsPath: string, content: string | Uint8Array = ''): void {
    const path = this.unixPathOf(windowsPath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }

  /** `reg add` with Wine's own reg.exe. */
  regAdd(key: string, name: string, data: string, type = 'REG_SZ'): void {
    this.mustRun(['reg', 'add', key, '/v', name, '/t', type, '/d', data, '/f']);
  }

  /**
   * A network drive as Windows shows it: the letter (a `dosdevices` link), the share's own UNC
   * name (`dosdevices/unc/<server>/<share>`, so `\\server\share` answers too) and the user's
   * persistent mapping `HKCU\Network\<letter>` with its RemotePath.
   */
  mapNetworkDrive(letter: string, server: string, share: string): string {
    const folder = join(this.root, 'shares', server, share);
    mkdirSync(folder, { recursive: true });
    symlinkSync(folder, join(this.prefix, 'dosdevices', `${letter.toLowerCase()}:`));
    mkdirSync(join(this.prefix, 'dosdevices', 'unc', server), { recursive: true });
    symlinkSync(folder, join(this.prefix, 'dosdevices', 'unc', server, share));
    this.regAdd(`HKCU\\Network\\${letter.toUpperCase()}`, 'RemotePath', `\\\\${server}\\${share}`);
    this.regAdd(`HKCU\\Network\\${letter.toUpperCase()}`, 'ConnectionType', '1', 'REG_DWORD');
    return folder;
  }

  /** Waits until every program of this prefix has ended (registry writes are then on disk). */
  waitForServer(): void {
    spawnSync('wineserver', ['-w'], { env: wineEnvironment(this.prefix), stdio: 'ignore', timeout: 120_000 });
  }

  /** Ends this prefix's wineserver and removes the prefix. */
  dispose(): void {
    spawnSync('wineserver', ['-k'], { env: wineEnvironment(this.prefix), stdio: 'ignore', timeout: 60_000 });
    rmSync(this.root, { recursive: true, force: true });
  }
}
