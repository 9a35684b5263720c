'use strict';
// Loads one command's bundle (dist/cli/<name>.cjs, built by scripts/bundle.mjs) with the V8 code
// cache the build wrote beside it (<name>.cjs.v8cache), so a start deserialises the bundle's
// bytecode instead of parsing and compiling it again. Node 20 has no code cache for ES modules;
// this is a CommonJS script compiled through `vm.Script` with `cachedData`, on any Node.
//
// A code cache is executable bytecode and V8 checks it only loosely (its version and flags, the
// source's length): a cache we did not write must never be used. So the cache is written by the
// build only, in the install folder beside the bundle, and used only when it is
//   - a regular file, opened without following a symbolic link;
//   - (POSIX) owned by the bundle's owner and writable by no group or other user: no easier to
//     change than the bundle it speaks for;
//   - made for this very bundle (the build id the bundle ends with) and intact (a CRC-32 of the
//     V8 data: V8 itself does not check one, and a damaged cache can crash the process).
// Anything else — no cache, a refused, damaged or truncated one, one V8 rejects (another Node
// version or flags) — is the ordinary compile of the same source: same output, same exit code.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

/** The cache file's first bytes, then the CRC-32 (4 bytes, little-endian) and the build id (64 hex). */
const MAGIC = Buffer.from('SDV8CC1\n', 'latin1');
const BUILD_ID_LENGTH = 64;
const HEADER_LENGTH = MAGIC.length + 4 + BUILD_ID_LENGTH;
const BUILD_ID_LINE = /\n\/\/# sdBuild=([0-9a-f]{64})\n?$/;

/**
 * The code cache of a bundle file: the one made after the command's usual starts, or — `start`
 * given — the one made after that kind of start only (`<bundle>.<start>.v8cache`): V8
 * deserialises the whole cache at every start, so a start is faster with the functions it runs
 * and not those of another (a `check --machine` never runs the live host, nor a check of this PC
 * the snapshot's reader).
 */
const codeCacheFileOf = (bundleFile, start) => (start === undefined ? `${bundleFile}.v8cache` : `${bundleFile}.${start}.v8cache`);

/** The build id a bundle ends with (scripts/bundle.mjs writes it: the SHA-256 of the rest). */
function buildIdOf(source) {
  const match = BUILD_ID_LINE.exec(source.slice(-(BUILD_ID_LENGTH + 16)));
  return match ? match[1] : undefined;
}

function crc32Of(bytes) {
  // zlib.crc32 (Node ≥ 20.15); without it no cache is trusted.
  const { crc32 } = require('node:zlib');
  return typeof crc32 === 'function' ? crc32(bytes) : undefined;
}

/** The cache file's bytes for V8's data, made by the build (scripts/produce-code-cache.cjs). */
function encodeCodeCache(v8Data, buildId) {
  const header = Buffer.alloc(HEADER_LENGTH);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(crc32Of(v8Data), MAGIC.length);
  header.write(buildId, MAGIC.length + 4, 'latin1');
  return Buffer.concat([header, v8Data]);
}

/** The whole content of an open file (read into `scratch` when it is large enough). */
function readAll(fd, size, scratch) {
  const bytes = scratch !== undefined && scratch.length >= size ? scratch : Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = fs.readSync(fd, bytes, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return bytes.subarray(0, read);
}

/**
 * The V8 data of `cacheFile` when it may be used for the bundle (`bundleStat`, `buildId`), as
 * `{ state: 'trusted', data }`; else `{ state }`: 'absent', 'refused' (not ours to trust) or 'damaged'.
 */
function trustedCodeCache(cacheFile, bundleStat, buildId, scratch) {
  if (buildId === undefined) return { state: 'absent' };
  const noFollow = fs.constants.O_NOFOLLOW;
  let fd;
  try {
    if (noFollow === undefined && fs.lstatSync(cacheFile).isSymbolicLink()) return { state: 'refused' };
    fd = fs.openSync(cacheFile, fs.constants.O_RDONLY | (noFollow ?? 0));
  } catch (error) {
    return { state: error && error.code === 'ENOENT' ? 'absent' : 'refused' };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { state: 'refused' };
    if (process.platform !== 'win32' && (stat.uid !== bundleStat.uid || (stat.mode & 0o022) !== 0)) return { state: 'refused' };
    const bytes = readAll(fd, stat.size, scratch);
    if (bytes.length <= HEADER_LENGTH || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { state: 'damaged' };
    if (bytes.toString('latin1', MAGIC.length + 4, HEADER_LENGTH) !== buildId) return { state: 'refused' };
    const data = bytes.subarray(HEADER_LENGTH);
    const crc = crc32Of(data);
    if (crc === undefined) return { state: 'refused' };
    if (crc !== bytes.readUInt32LE(MAGIC.length)) return { state: 'damaged' };
    return { state: 'trusted', data };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The CommonJS wrapper each command bundle carries in its own text (scripts/bundle.mjs writes it
 * as the file's first line and `})` as its last code line): the file is the one expression
 * `(function (exports, require, module, __filename, __dirname) { … })`, compiled as it is read —
 * as Node compiles a CommonJS module, without a second copy of the ≈ 260 KB source made by
 * wrapping it here (a fresh copy is memory the process must fault in: ≈ 170 page faults, ≈ 2 ms
 * of a start). The build compiles the file the same way to make the cache.
 */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {\n';
const WRAPPER_END = '\n})';
function compileBundle(source, filename, cachedData) {
  if (!source.startsWith(WRAPPER_START)) throw new Error(`${filename} is not a command bundle (it does not start with the CommonJS wrapper): run \`npm run build\``);
  return new vm.Script(source, { filename, cachedData });
}

/** Runs a compiled bundle as a CommonJS module and returns its exports. */
function runBundle(script, filename) {
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, filename, path.dirname(filename));
  return module.exports;
}

/**
 * Loads a bundle: `{ exports, codeCache, script }`, where `codeCache` says what became of its
 * cache: 'used', 'rejected' (by V8: another Node or flags), 'absent', 'refused' or 'damaged'.
 * `start` names the kind of start (codeCacheFileOf): its own cache when the build made one, else
 * the bundle's.
 */
function loadBundle(bundleFile, start) {
  const fd = fs.openSync(bundleFile, 'r');
  let source;
  let bundleStat;
  let scratch;
  try {
    bundleStat = fs.fstatSync(fd);
    // One buffer for the bundle's bytes and then its cache's (the source is decoded into a string
    // of its own first): memory the process touches for the first time costs it a page fault
    // each 4 KB, ≈ 60 fewer here. The cache's size is only a hint (`trustedCodeCache` checks the
    // file it opens, and reads into a buffer of its own when this one is too small).
    const cacheSize = (file) => fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    scratch = Buffer.allocUnsafe(Math.max(bundleStat.size, (start !== undefined && cacheSize(codeCacheFileOf(bundleFile, start))) || cacheSize(codeCacheFileOf(bundleFile))));
    source = readAll(fd, bundleStat.size, scratch).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
  const buildId = buildIdOf(source);
  let cache = start === undefined ? { state: 'absent' } : trustedCodeCache(codeCacheFileOf(bundleFile, start), bundleStat, buildId, scratch);
  if (cache.state === 'absent') cache = trustedCodeCache(codeCacheFileOf(bundleFile), bundleStat, buildId, scratch);
  const script = compileBundle(source, bundleFile, cache.data);
  const codeCache = cache.state !== 'trusted' ? cache.state : script.cachedDataRejected ? 'rejected' : 'used';
  return { exports: runBundle(script, bundleFile), codeCache, script };
}

module.exports = { WRAPPER_START, WRAPPER_END, loadBundle, compileBundle, runBundle, buildIdOf, encodeCodeCache, codeCacheFileOf };
