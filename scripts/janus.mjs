// A real meeting server for the end-to-end tests: Janus (https://janus.conf.meetecho.com)
// with its VideoRoom plugin and its own demo pages, from Debian's `janus` and `janus-demos`.
//
// The one place that knows where Janus is (scripts/ensure-browsers.mjs installs it with the
// browsers when the e2e suite is asked for) and how a test run starts it: its API on
// 127.0.0.1 only, with the plain HTTP transport alone (no WebSockets, no admin API, no
// other transport, no event handler), no STUN or TURN server, from a configuration folder
// of its own (the system's /etc/janus is never read), and stopped by its PID.
//
// ICE: Janus 1.1 never gathers candidates on a loopback interface (janus_ice_setup_local
// skips IFF_LOOPBACK, whatever `ice_enforce_list` says), and with no address left libnice
// falls back to every address of every interface, IPv6 too. So its candidates are pinned to
// one address of this machine's own (its first IPv4 one): the kernel delivers what is sent
// to a machine's own address itself, through `lo` (`ip route get` says "local ... dev lo"),
// so the media never goes on a wire.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port.mjs';

/** The Debian packages that provide the server and its demo pages. */
export const JANUS_PACKAGES = ['janus', 'janus-demos'];

const BINARIES = ['/usr/bin/janus', '/usr/local/bin/janus', '/opt/janus/bin/janus'];
const DEMOS = ['/usr/share/janus/demos', '/usr/share/janus/html', '/opt/janus/share/janus/demos'];
// The folder that holds plugins/, transports/, events/ and loggers/.
const LIBRARIES = [
  '/usr/lib/x86_64-linux-gnu/janus',
  '/usr/lib/aarch64-linux-gnu/janus',
  '/usr/lib/janus',
  '/usr/local/lib/janus',
  '/opt/janus/lib/janus',
];

const firstExisting = (paths, file = '') => paths.find((p) => p && existsSync(join(p, file)));

/**
 * Where Janus is: `{ binary, demos, libraries }`, or `{ missing: [...packages] }`.
 * JANUS_BIN, JANUS_DEMOS and JANUS_LIBRARIES name them elsewhere.
 */
export function discoverJanus(env = process.env) {
  const binary = env.JANUS_BIN ?? firstExisting(BINARIES);
  const demos = env.JANUS_DEMOS ?? firstExisting(DEMOS, 'videoroomtest.html');
  const libraries = env.JANUS_LIBRARIES ?? firstExisting(LIBRARIES, 'plugins/libjanus_videoroom.so');
  if (binary && demos && libraries) return { binary, demos, libraries };
  const missing = [];
  if (!binary || !libraries) missing.push('janus');
  if (!demos) missing.push('janus-demos');
  return { missing };
}

/** The first IPv4 address of this machine that is not a loopback one: where Janus gathers its ICE candidates. */
export function ownAddress() {
  return Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
}

// The modules of one kind (plugins, transports, ...) except the ones kept: Janus loads every
// module of its folders that its configuration does not disable.
const allBut = (folder, keep = []) =>
  readdirSync(folder)
    .filter((f) => /^libjanus_\w+\.so$/.test(f) && !keep.includes(f))
    .join(',');

/**
 * The VideoRoom rooms configured: the demo's own (1234) and one per test, so that what one
 * test leaves behind (a participant Janus has not dropped yet) is never in another's room.
 */
export const ROOMS = [1234, ...Array.from({ length: 60 }, (_, i) => 2001 + i)];

const room = (id) => `room-${id}: {
	description = "${id === 1234 ? 'Demo Room' : `Test room ${id}`}"
	secret = "adminpwd"
	publishers = 6
	bitrate = 128000
	fir_freq = 10
	record = false
}
`;

/** The configuration files, by name. */
export function janusConfig({ dir, port, libraries, sessionTimeout = 60, iceAddress = ownAddress() }) {
  const folder = (kind) => join(libraries, kind);
  return {
    'janus.jcfg': `general: {
	configs_folder = "${dir}"
	plugins_folder = "${folder('plugins')}"
	transports_folder = "${folder('transports')}"
	events_folder = "${folder('events')}"
	loggers_folder = "${folder('loggers')}"
	debug_level = 4
	debug_timestamps = true
	server_name = "vonage-meeting-element e2e"
	# The address written in the SDP: the loopback one, not the machine's own.
	interface = "127.0.0.1"
	# A participant whose page stops polling is dropped after this many seconds: what a
	# meeting frame removed without a hang-up leaves to the other participants.
	session_timeout = ${sessionTimeout}
	reclaim_session_timeout = 0
}
certificates: {
}
media: {
	ipv6 = false
}
nat: {
	# No STUN or TURN server, no 1:1 NAT: host candidates on one address of this machine's own
	# (see scripts/janus.mjs), IPv4 only.
	ice_enforce_list = "${iceAddress ?? 'lo'}"
	ignore_mdns = true
	nice_debug = false
}
plugins: {
	disable = "${allBut(folder('plugins'), ['libjanus_videoroom.so'])}"
}
transports: {
	disable = "${allBut(folder('transports'), ['libjanus_http.so'])}"
}
loggers: {
	disable = "${allBut(folder('loggers'))}"
}
events: {
	broadcast = false
	disable = "${allBut(folder('events'))}"
}
`,
    'janus.transport.http.jcfg': `general: {
	json = "indented"
	base_path = "/janus"
	http = true
	port = ${port}
	ip = "127.0.0.1"
	https = false
}
admin: {
	admin_http = false
	admin_https = false
	admin_ip = "127.0.0.1"
}
cors: {
}
`,
    // The demo's room as Debian's sample configures it, and the tests' rooms alike.
    'janus.plugin.videoroom.jcfg': `general: {
}
${ROOMS.map(room).join('')}`,
  };
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
};

// A Janus a killed test run left behind, recognised by its configuration folder on its
// command line: stopped by its PID before a new one starts.
function stopLeftOver(pidFile, dir) {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {}
  if (pid > 0 && cmdline.includes(dir)) process.kill(pid, 'SIGKILL');
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts Janus with a configuration folder of its own under `dir` (removed and written
 * again), on a free port of 127.0.0.1. Resolves once its HTTP API answers, with
 * `{ pid, url, port, log, stop }`: `url` is the Janus API (`http://127.0.0.1:PORT/janus`);
 * `stop()` ends the process by its PID (SIGTERM, then SIGKILL after 5 s).
 */
export async function startJanus({ dir, sessionTimeout, env = process.env } = {}) {
  const found = discoverJanus(env);
  if (found.missing) throw new Error(`Janus not found: apt-get install ${found.missing.join(' ')} (npm test installs it with SUITES=e2e).`);
  dir = resolve(dir);
  const pidFile = join(dir, 'janus.pid');
  stopLeftOver(pidFile, dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  for (const [name, text] of Object.entries(janusConfig({ dir, port, libraries: found.libraries, sessionTimeout }))) writeFileSync(join(dir, name), text);

  const log = join(dir, 'janus.log');
  const out = openSync(log, 'a');
  const args = ['--configs-folder', dir, '--config', join(dir, 'janus.jcfg'), '--disable-colors'];
  // Where util-linux's setpriv is (Debian has it), Janus is killed with the process that
  // started it, even one killed without a chance to stop it (setpriv execs Janus: the PID
  // is Janus's own).
  const setpriv = firstExisting(['/usr/bin/setpriv', '/bin/setpriv']);
  const [command, ...argv] = setpriv ? [setpriv, '--pdeathsig', 'KILL', '--', found.binary, ...args] : [found.binary, ...args];
  const child = spawn(command, argv, { cwd: dir, stdio: ['ignore', out, out] });
  closeSync(out);
  const pid = child.pid;
  writeFileSync(pidFile, String(pid));
  let exited = null;
  const exit = new Promise((done) => child.once('exit', (code, signal) => done((exited = { code, signal }))));

  const stop = async () => {
    if (exited || !alive(pid)) return;
    process.kill(pid, 'SIGTERM');
    if (!(await Promise.race([exit.then(() => true), sleep(5000).then(() => false)]))) process.kill(pid, 'SIGKILL');
    await exit;
    rmSync(pidFile, { force: true });
  };

  const url = `http://127.0.0.1:${port}/janus`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (exited) throw new Error(`Janus exited (${exited.code ?? exited.signal}) before answering; its log:\n${readFileSync(log, 'utf8').slice(-3000)}`);
    const info = await fetch(`${url}/info`).then((r) => (r.ok ? r.json() : null), () => null);
    if (info?.janus === 'server_info') break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Janus did not answer on ${url} within 20 s; its log:\n${readFileSync(log, 'utf8').slice(-3000)}`);
    }
    await sleep(100);
  }
  return { pid, url, port, log, dir, demos: found.demos, stop };
}
