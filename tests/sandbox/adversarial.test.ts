import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest';

import { PROBLEMS } from './problems';

import {
  jailUserProcesses,
  leftoverCgroups,
  leftoverRunDirs,
  processesMatching,
  removeWorkRoot,
  SECRET,
  testSandbox,
  WORK_ROOT,
} from './support';

const MiB = 1024 * 1024;

/**
 * Hostile programs, each asserting the verdict and that nothing escaped: no process of the
 * jail user survives a run, no run directory or cgroup is left behind, the supervisor's
 * secrets never show up in any output.
 */
const sandbox = testSandbox({ limits: { timeLimitMs: 2000 } });

beforeAll(async () => {
  await sandbox.prepare(['javascript', 'python', 'cpp', 'java']);
}, 120_000);

afterEach(() => {
  expect(jailUserProcesses()).toEqual([]);
  expect(leftoverRunDirs()).toEqual([]);
  expect(leftoverCgroups()).toEqual([]);
});

afterAll(async () => {
  await sandbox.close();
  removeWorkRoot();
});

/** The host's first /etc/shadow line, read when a test asks (root can read it; others skip that check). */
function hostShadowLine(): string | null {
  try {
    return readFileSync('/etc/shadow', 'utf8').split('\n')[0] || null;
  } catch {
    return null;
  }
}

function expectNoSecrets(...outputs: string[]): void {
  const shadowLine = hostShadowLine();
  for (const output of outputs) {
    expect(output).not.toContain(SECRET);
    if (shadowLine) expect(output).not.toContain(shadowLine);
  }
}

describe('time', () => {
  it('stops an infinite loop', async () => {
    const started = Date.now();
    const result = await sandbox.execute({ language: 'javascript', code: 'for (;;) {}', limits: { timeLimitMs: 1000 } });
    expect(result.status).toBe('time_limit_exceeded');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('stops a sleep past the wall-clock limit', async () => {
    const result = await sandbox.execute({ language: 'python', code: 'import time\ntime.sleep(30)\n', limits: { timeLimitMs: 1000 } });
    expect(result.status).toBe('time_limit_exceeded');
    expect(result.runtimeMs).toBeLessThan(3000);
  });

  it('survives kill -STOP 0 (the run stops itself; a concurrent run and the supervisor are unaffected)', async () => {
    const [stopped, neighbour] = await Promise.all([
      sandbox.execute({
        language: 'python',
        code: 'import os, signal\nos.kill(0, signal.SIGSTOP)\nprint("resumed")\n',
        limits: { timeLimitMs: 1500 },
      }),
      sandbox.execute({ language: 'python', code: 'import time\ntime.sleep(0.5)\nprint("neighbour ok")\n' }),
    ]);
    expect(stopped.status).toBe('time_limit_exceeded');
    expect(stopped.stdout).toBe('');
    expect(neighbour).toMatchObject({ status: 'success', stdout: 'neighbour ok\n' });
  });

  it('survives kill -9 -1 (only the jail is in reach)', async () => {
    const [killer, neighbour] = await Promise.all([
      sandbox.execute({ language: 'python', code: 'import os\nos.system("kill -9 -1")\nprint("still here")\n' }),
      sandbox.execute({ language: 'python', code: 'import time\ntime.sleep(0.8)\nprint("neighbour ok")\n' }),
    ]);
    // The jailed program killed itself (it is in reach of its own kill); nothing else was.
    expect(['runtime_error', 'success']).toContain(killer.status);
    expect(neighbour).toMatchObject({ status: 'success', stdout: 'neighbour ok\n' });
    expect(process.pid).toBeGreaterThan(0);
  });
});

describe('processes', () => {
  it('bounds a fork bomb', async () => {
    const started = Date.now();
    const result = await sandbox.execute({
      language: 'python',
      code: 'import os\nwhile True:\n    os.fork()\n',
      limits: { timeLimitMs: 3000 },
    });
    expect(['runtime_error', 'time_limit_exceeded']).toContain(result.status);
    expect(Date.now() - started).toBeLessThan(10_000);
    const after = await sandbox.execute({ language: 'python', code: 'print("machine ok")' });
    expect(after.stdout).toBe('machine ok\n');
  });

  it('bounds a shell fork bomb', async () => {
    const result = await sandbox.execute({
      language: 'python',
      code: 'import os\nos.system(":(){ :|:& };:")\nprint("done")\n',
      limits: { timeLimitMs: 3000 },
    });
    expect(['success', 'runtime_error', 'time_limit_exceeded']).toContain(result.status);
  });

  it('bounds a thread bomb', async () => {
    const code = `#include <thread>
#include <vector>
#include <chrono>
int main() {
  std::vector<std::thread> threads;
  for (;;) threads.emplace_back([] { std::this_thread::sleep_for(std::chrono::seconds(60)); });
}`;
    const result = await sandbox.execute({ language: 'cpp', code });
    expect(result.status).toBe('runtime_error');
    expect(result.stderr).toMatch(/Resource temporarily unavailable|system_error/);
  });

  it('holds a run to one core however many threads it spins', async () => {
    const code = `
const { Worker } = require('worker_threads');
const spin = 'const end = Date.now() + 1500; while (Date.now() < end) {}';
const started = Date.now();
const workers = [1, 2, 3].map(() => new Worker(spin, { eval: true }));
Promise.all(workers.map((w) => new Promise((r) => w.on('exit', r)))).then(() => {
  const cpu = process.cpuUsage();
  console.log(JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, wallMs: Date.now() - started }));
});`;
    const result = await sandbox.execute({ language: 'javascript', code, limits: { timeLimitMs: 8000 } });
    expect(result.status).toBe('success');
    const { cpuMs, wallMs } = JSON.parse(result.stdout) as { cpuMs: number; wallMs: number };
    // Three spinning threads on two cores would burn about twice the wall time.
    expect(cpuMs).toBeLessThan(wallMs * 1.25);
  });

  it('kills processes that try to outlive the run (double fork, setsid, nohup, detached)', async () => {
    const python = await sandbox.execute({
      language: 'python',
      code: [
        'import os, subprocess',
        'os.system("(setsid sh -c \'sleep 1001\' &) ; (nohup sleep 1002 > /dev/null 2>&1 &)")',
        'if os.fork() == 0:',
        '    os.setsid()',
        '    if os.fork() == 0:',
        '        os.execvp("sleep", ["sleep", "1003"])',
        '    os._exit(0)',
        'print("parent done")',
      ].join('\n'),
    });
    expect(python.status).toBe('success');
    const node = await sandbox.execute({
      language: 'javascript',
      code: 'require("child_process").spawn("sleep", ["1004"], { detached: true, stdio: "ignore" }).unref(); console.log("bye")',
    });
    expect(node.stdout).toBe('bye\n');
    for (const needle of ['sleep 1001', 'sleep 1002', 'sleep 1003', 'sleep 1004']) expect(processesMatching(needle)).toEqual([]);
  });
});

describe('memory', () => {
  it('reports a Python memory bomb as memory_limit_exceeded', async () => {
    const result = await sandbox.execute({
      language: 'python',
      code: 'hoard = []\nwhile True:\n    hoard.append(bytearray(10**6))\n',
      limits: { timeLimitMs: 8000, memoryLimitMb: 128 },
    });
    expect(result.status).toBe('memory_limit_exceeded');
  });

  it('reports a single huge allocation as memory_limit_exceeded', async () => {
    const result = await sandbox.execute({ language: 'python', code: 'x = bytearray(4 * 10**9)\n' });
    expect(result.status).toBe('memory_limit_exceeded');
  });

  it('reports a C++ memory bomb as memory_limit_exceeded', async () => {
    const code = `#include <cstdlib>
#include <vector>
int main() {
  std::vector<char*> hoard;
  for (;;) { char* p = static_cast<char*>(std::malloc(1 << 20)); for (int i = 0; i < (1 << 20); i += 4096) p[i] = 1; hoard.push_back(p); }
}`;
    const result = await sandbox.execute({ language: 'cpp', code, limits: { timeLimitMs: 8000, memoryLimitMb: 128 } });
    expect(result.status).toBe('memory_limit_exceeded');
  });

  it('reports a Node heap OOM as memory_limit_exceeded', async () => {
    const result = await sandbox.execute({
      language: 'javascript',
      code: 'const hoard = []; for (;;) hoard.push(new Array(1e6).fill(1));',
      limits: { timeLimitMs: 8000, memoryLimitMb: 128 },
    });
    expect(result.status).toBe('memory_limit_exceeded');
  });

  it('reports a Java heap OOM as memory_limit_exceeded', async () => {
    const code = `import java.util.*;
public class Main { public static void main(String[] a) { List<long[]> hoard = new ArrayList<>(); for (;;) hoard.add(new long[1 << 17]); } }`;
    const result = await sandbox.execute({ language: 'java', code, limits: { timeLimitMs: 8000, memoryLimitMb: 128 } });
    expect(result.status).toBe('memory_limit_exceeded');
  });
});

describe('output and disk', () => {
  it('cuts off huge output', async () => {
    const result = await sandbox.execute({
      language: 'python',
      code: 'import sys\nwhile True:\n    sys.stdout.write("y" * 65536)\n',
      limits: { outputLimitBytes: 1024 * 1024 },
    });
    expect(result.status).toBe('output_limit_exceeded');
    expect(result.stdout.length).toBeLessThanOrEqual(1024 * 1024);
  });

  it('cuts off huge stderr', async () => {
    const result = await sandbox.execute({
      language: 'javascript',
      code: 'for (;;) require("fs").writeSync(2, "e".repeat(65536));',
      limits: { outputLimitBytes: 1024 * 1024 },
    });
    expect(result.status).toBe('output_limit_exceeded');
  });

  it('bounds filling the disk: one big file, many files, the read-only work directory', async () => {
    const result = await sandbox.execute({
      language: 'python',
      code: [
        'import os',
        'for target in ["/tmp/big", "/dev/shm/big"]:',
        '    try:',
        '        with open(target, "wb") as f:',
        '            while True: f.write(b"x" * (1 << 20))',
        '    except OSError as e: print(target, e.errno)',
        'try:',
        '    for i in range(100000):',
        '        with open(f"/tmp/f{i}", "wb") as f: f.write(b"x" * (1 << 20))',
        'except OSError as e: print("many", e.errno)',
        'try: open("/box/planted", "w")',
        'except OSError as e: print("box", e.errno)',
        'raise SystemExit(1)',
      ].join('\n'),
      // Memory well above both tmpfs (charged to the run's memory cgroup) so the disk limits bind, not memory.
      limits: { timeLimitMs: 8000, memoryLimitMb: 512, fileSizeLimitBytes: 16 * MiB, tmpSizeBytes: 64 * MiB },
    });
    // One file stops at RLIMIT_FSIZE (EFBIG=27) in /tmp and /dev/shm alike, many files at the size
    // of /tmp (ENOSPC=28), and the work directory is read-only (EROFS=30).
    expect(result).toMatchObject({
      status: 'runtime_error',
      exitCode: 1,
      stdout: '/tmp/big 27\n/dev/shm/big 27\nmany 28\nbox 30\n',
    });
  });

  it('does not let /tmp or /dev/shm files reach the next run', async () => {
    const write = await sandbox.execute({
      language: 'python',
      code: 'open("/tmp/left-behind", "w").write("x")\nopen("/dev/shm/left-behind", "w").write("x")\nprint("written")',
    });
    expect(write.stdout).toBe('written\n');
    const read = await sandbox.execute({
      language: 'python',
      code: 'import os\nprint(os.path.exists("/tmp/left-behind"), os.path.exists("/dev/shm/left-behind"), os.listdir("/tmp"))',
    });
    expect(read.stdout).toBe('False False []\n');
  });
});

describe('isolation', () => {
  let server: net.Server;
  let port = 0;
  let connections = 0;

  beforeAll(async () => {
    server = net.createServer((socket) => {
      connections += 1;
      socket.end('hello from the host\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('cannot reach a port on the host loopback', async () => {
    const result = await sandbox.execute({
      language: 'python',
      code: `import socket\ntry:\n    s = socket.create_connection(("127.0.0.1", ${port}), timeout=1)\n    print("connected", s.recv(100))\nexcept OSError as e:\n    print("blocked", type(e).__name__)\n`,
    });
    expect(result.stdout).toMatch(/^blocked /);
    expect(connections).toBe(0);
  });

  it('cannot resolve or reach the internet', async () => {
    const result = await sandbox.execute({
      language: 'python',
      code: 'import socket\ntry:\n    socket.create_connection(("1.1.1.1", 53), timeout=1)\n    print("connected")\nexcept OSError as e:\n    print("blocked")\n',
    });
    expect(result.stdout).toBe('blocked\n');
  });

  it('cannot read /etc/shadow, the supervisor environment or other processes', async () => {
    const result = await sandbox.execute({
      language: 'python',
      code: [
        'import os, glob',
        'for path in ["/etc/shadow", "/etc/passwd", "/root", "/work"]:',
        '    print(path, os.path.exists(path))',
        'print(dict(os.environ))',
        'for env in glob.glob("/proc/*/environ"):',
        '    try: print(env, open(env, "rb").read())',
        '    except OSError as e: print(env, e)',
        'print(sorted(p for p in os.listdir("/proc") if p.isdigit()))',
        'print(os.getuid(), os.getgid())',
      ].join('\n'),
    });
    expect(result.status).toBe('success');
    expect(result.stdout).toContain('/etc/shadow False');
    expect(result.stdout).toContain('/root False');
    expect(result.stdout).toContain('/work False');
    expectNoSecrets(result.stdout, result.stderr);
    expect(result.stdout).not.toContain('CODEMEET_SANDBOX_TEST_SECRET');
    // A pid namespace of its own: bwrap's init, the program, and nothing of the host.
    expect(result.stdout).toMatch(/\['1', '2'\]/);
  });

  it('gives this.constructor.constructor("return process")() nothing but the jailed process', async () => {
    const code = `const p = this.constructor.constructor('return process')();
const fs = p.mainModule ? p.mainModule.require('fs') : require('fs');
const out = { env: p.env, uid: p.getuid(), shadow: null, connect: null };
try { out.shadow = fs.readFileSync('/etc/shadow', 'utf8'); } catch (e) { out.shadow = e.code; }
const socket = require('net').connect(${port}, '127.0.0.1');
socket.on('connect', () => { out.connect = 'connected'; console.log(JSON.stringify(out)); p.exit(0); });
socket.on('error', (e) => { out.connect = e.code; console.log(JSON.stringify(out)); });`;
    const result = await sandbox.execute({ language: 'javascript', code });
    const out = JSON.parse(result.stdout) as { env: Record<string, string>; uid: number; shadow: string; connect: string };
    expect(out.shadow).toBe('ENOENT');
    expect(out.connect).not.toBe('connected');
    expect(out.uid).toBe(65534);
    expect(Object.keys(out.env).sort()).toEqual(['HOME', 'LANG', 'NODE_NO_WARNINGS', 'PATH', 'PWD']);
    expectNoSecrets(result.stdout);
    expect(connections).toBe(0);
  });

  it('closes descriptors the supervisor inherited, so a root-only file open in the server stays out of reach', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'codemeet-fd-'));
    const secretFile = path.join(dir, 'root-only');
    writeFileSync(secretFile, SECRET, { mode: 0o600 });
    const fd = openSync(secretFile, 'r');
    try {
      const stdio: Array<'ignore' | 'pipe' | number> = ['ignore', 'pipe', 'pipe', ...Array<'ignore'>(37).fill('ignore'), fd];
      const child = spawn(
        path.resolve('node_modules/.bin/tsx'),
        ['--tsconfig', 'tsconfig.server.json', 'tests/sandbox/fixtures-inherited-fd.ts', WORK_ROOT],
        { stdio },
      );
      let out = '';
      child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      await new Promise((resolve) => child.on('exit', resolve));
      const seen = JSON.parse(out.trim().split('\n').at(-1)!) as { fds: number[]; leaked: string | null };
      expect(seen.leaked).toBeNull();
      expect(seen.fds.every((n) => n < 40)).toBe(true);
    } finally {
      closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cannot create user namespaces inside the jail', async () => {
    const result = await sandbox.execute({ language: 'python', code: 'import os\nprint(os.system("unshare -U true 2>/dev/null") != 0)\n' });
    expect(result.stdout).toBe('True\n');
  });
});

/**
 * Syscalls the seccomp filter refuses (server/sandbox/seccomp/build-filter.py): each attempt
 * prints the errno it got. Without the filter some of these would still fail (no capabilities
 * in the jail's user namespace, --disable-userns), but with other errnos, or succeed (keyctl,
 * bpf's socket filters, userfaultfd, perf_event_open and io_uring are open to unprivileged
 * users on many kernels): these tests pin the filter itself.
 */
describe('the seccomp filter', () => {
  const EPERM = 1;
  const ENOSYS = 38;

  const skipWithoutSeccomp = async (context: TestContext) => {
    const status = await sandbox.status();
    context.skip(!status.seccomp, `no seccomp filter on this host (${status.reason ?? ''}): bash scripts/install-system-deps.sh run`);
  };

  it('refuses raw escape syscalls from C++, while fork and threads still work', async (context) => {
    await skipWithoutSeccomp(context);
    const code = `#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>
#include <sched.h>
#include <sys/mount.h>
#include <sys/personality.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/perf_event.h>

static void report(const char *name, long result) { std::printf("%s %d\\n", name, result == -1 ? errno : 0); }

int main() {
  errno = 0; report("ptrace_traceme", ptrace(PTRACE_TRACEME, 0, nullptr, nullptr));
  errno = 0; report("ptrace_attach_1", ptrace(PTRACE_ATTACH, 1, nullptr, nullptr));
  errno = 0; report("mount_tmpfs", mount("none", "/tmp", "tmpfs", 0, nullptr));
  errno = 0; report("unshare_user_ns", unshare(CLONE_NEWUSER | CLONE_NEWNS));
  errno = 0; report("clone_newuser", syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, nullptr, nullptr, nullptr, 0));
  errno = 0; report("clone3", syscall(SYS_clone3, nullptr, 0));
  errno = 0; report("keyctl", syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -3 /* session */, 1));
  errno = 0; report("add_key", syscall(SYS_add_key, "user", "codemeet", "x", 1, -3));
  char buffer[256] = {0};
  errno = 0; report("bpf", syscall(SYS_bpf, 5 /* BPF_PROG_LOAD */, buffer, 128));
  errno = 0; report("userfaultfd", syscall(SYS_userfaultfd, 0));
  struct perf_event_attr attr;
  std::memset(&attr, 0, sizeof attr);
  attr.size = sizeof attr;
  attr.type = PERF_TYPE_SOFTWARE;
  attr.config = PERF_COUNT_SW_CPU_CLOCK;
  attr.exclude_kernel = 1;
  errno = 0; report("perf_event_open", syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
  errno = 0; report("io_uring_setup", syscall(SYS_io_uring_setup, 8, buffer));
  errno = 0; report("personality_no_aslr", personality(ADDR_NO_RANDOMIZE));
  errno = 0; report("setns", syscall(SYS_setns, 0, 0));
  errno = 0; report("chroot", chroot("/tmp"));
  pid_t child = fork();
  if (child == 0) _exit(7);
  int status = 0;
  waitpid(child, &status, 0);
  int ran = 0;
  std::thread worker([&] { ran = 1; });
  worker.join();
  std::printf("fork %d thread %d\\n", WEXITSTATUS(status), ran);
}
`;
    const result = await sandbox.execute({ language: 'cpp', code });
    expect(result.status).toBe('success');
    expect(result.stdout).toBe(
      [
        `ptrace_traceme ${EPERM}`,
        `ptrace_attach_1 ${EPERM}`,
        `mount_tmpfs ${EPERM}`,
        `unshare_user_ns ${EPERM}`,
        `clone_newuser ${EPERM}`,
        `clone3 ${ENOSYS}`,
        `keyctl ${EPERM}`,
        `add_key ${EPERM}`,
        `bpf ${EPERM}`,
        `userfaultfd ${EPERM}`,
        `perf_event_open ${EPERM}`,
        `io_uring_setup ${ENOSYS}`,
        `personality_no_aslr ${EPERM}`,
        `setns ${EPERM}`,
        `chroot ${EPERM}`,
        'fork 7 thread 1',
        '',
      ].join('\n'),
    );
  });

  it('refuses them from Python through ctypes', async (context) => {
    await skipWithoutSeccomp(context);
    const code = `import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
buffer = ctypes.create_string_buffer(256)
attempts = {
    "ptrace": (101, 0, 0, 0, 0),
    "unshare": (272, 0x10000000 | 0x00020000),
    "keyctl": (250, 0, -3, 1),
    "bpf": (321, 5, buffer, 128),
    "userfaultfd": (323, 0),
    "perf_event_open": (298, buffer, 0, -1, -1, 0),
    "io_uring_setup": (425, 8, buffer),
}
for name, args in attempts.items():
    ctypes.set_errno(0)
    result = libc.syscall(*args)
    print(name, ctypes.get_errno() if result == -1 else "succeeded")
ctypes.set_errno(0)
print("mount", ctypes.get_errno() if libc.mount(b"none", b"/tmp", b"tmpfs", 0, None) == -1 else "succeeded")
pid = os.fork()
if pid == 0:
    os._exit(3)
print("fork", os.waitpid(pid, 0)[1] >> 8)
`;
    const result = await sandbox.execute({ language: 'python', code });
    expect(result.status).toBe('success');
    expect(result.stdout).toBe(
      `ptrace ${EPERM}\nunshare ${EPERM}\nkeyctl ${EPERM}\nbpf ${EPERM}\nuserfaultfd ${EPERM}\nperf_event_open ${EPERM}\nio_uring_setup ${ENOSYS}\nmount ${EPERM}\nfork 3\n`,
    );
  });

  it('refuses them to the tools JavaScript can start, and node itself (libuv) keeps working', async (context) => {
    await skipWithoutSeccomp(context);
    const code = `const { spawnSync } = require('child_process');
const fs = require('fs');
// unshare(1) makes the syscall itself (mount(1) would refuse a non-root user before trying);
// without the filter it fails differently (ENOSPC from --disable-userns).
const run = spawnSync('unshare', ['-U', '-m', 'true'], { encoding: 'utf8' });
console.log('unshare', run.status === 0 ? 'succeeded' : /Operation not permitted/.test(run.stderr) ? 'EPERM' : run.stderr.trim());
// Asynchronous file I/O goes through libuv, which falls back from io_uring (ENOSYS) to its thread pool.
Promise.all([1, 2, 3].map(() => fs.promises.readFile('/box/main.js', 'utf8'))).then((texts) =>
  console.log('async reads', texts.every((text) => text.includes('spawnSync'))),
);
`;
    const result = await sandbox.execute({ language: 'javascript', code });
    expect(result.status).toBe('success');
    expect(result.stdout).toBe('unshare EPERM\nasync reads true\n');
  });
});

describe('the work directory', () => {
  it('is read-only while user code runs, so nothing can be planted for the supervisor', async () => {
    const result = await sandbox.execute({
      language: 'python',
      code: [
        'import os',
        'for path in ["/box/main.py", "/box/planted", "/cache/harness.py", "/cache/planted"]:',
        '    try:',
        '        if os.path.lexists(path): os.remove(path)',
        '        os.symlink("/etc/shadow", path)',
        '        print(path, "planted")',
        '    except OSError as e: print(path, e.errno)',
      ].join('\n'),
    });
    // EROFS (30) for each: user code never gets a writable path the supervisor reads.
    expect(result.stdout).toBe('/box/main.py 30\n/box/planted 30\n/cache/harness.py 30\n/cache/planted 30\n');
  });

  it('keeps judging correct when user code tries to replace harness files', async () => {
    const code = `import os, glob
def two_sum(nums, target):
    for path in glob.glob("/box/*") + glob.glob("/cache/*"):
        try:
            os.remove(path)
            os.symlink("/etc/shadow", path)
        except OSError:
            pass
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
`;
    const twoSum = PROBLEMS.twoSum;
    const result = await sandbox.judge({ language: 'python', code, problem: twoSum.spec, testCases: twoSum.testCases });
    expect(result.status).toBe('accepted');
  });
});

describe('compile steps run in the jail too', () => {
  it('cannot #include /etc/shadow', async () => {
    const result = await sandbox.execute({ language: 'cpp', code: '#include "/etc/shadow"\nint main() {}\n' });
    expect(result.status).toBe('compile_error');
    expect(result.compileOutput).toMatch(/\/etc\/shadow: No such file or directory/);
    expectNoSecrets(result.compileOutput ?? '');
  });

  it("cannot #include the supervisor environment (only the jail's own is there)", async () => {
    const result = await sandbox.execute({
      language: 'cpp',
      code: '#include "/proc/1/environ"\n#include "/proc/self/environ"\nint main() {}\n',
    });
    expect(['compile_error', 'success']).toContain(result.status);
    expectNoSecrets(result.compileOutput ?? '', result.stdout, result.stderr);
  });

  it('stops a template-recursion compile bomb at the compile limits', async () => {
    const code = `template <int A, int B> struct Bomb {
  enum { value = Bomb<A - 1, (B * 2) % 100003>::value + Bomb<A - 1, (B * 3 + 1) % 100003>::value };
};
template <int B> struct Bomb<0, B> { enum { value = 1 }; };
int main() { return Bomb<40, 1>::value; }
`;
    const started = Date.now();
    const result = await sandbox.execute({
      language: 'cpp',
      code,
      limits: { compileTimeLimitMs: 5000, compileMemoryLimitMb: 512 },
    });
    expect(result.status).toBe('compile_error');
    expect(result.compileOutput).toMatch(/Compilation exceeded the (time|memory) limit/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('input and output bytes', () => {
  it('streams a 20 MB stdin without deadlock', async () => {
    const stdin = Buffer.alloc(20 * 1024 * 1024, 'a');
    const result = await sandbox.execute({
      language: 'python',
      code: 'import sys\nprint(len(sys.stdin.buffer.read()))\n',
      stdin,
      limits: { timeLimitMs: 10_000 },
    });
    expect(result).toMatchObject({ status: 'success', stdout: `${stdin.length}\n` });
  });

  it('copes with a program that ignores a 20 MB stdin', async () => {
    const result = await sandbox.execute({
      language: 'python',
      code: 'print("not reading")',
      stdin: Buffer.alloc(20 * 1024 * 1024, 'b'),
    });
    expect(result).toMatchObject({ status: 'success', stdout: 'not reading\n' });
  });

  it('decodes invalid UTF-8 output with replacement characters', async () => {
    const result = await sandbox.execute({
      language: 'python',
      code: 'import sys\nsys.stdout.buffer.write(b"\\xff ok \\xc3")\nsys.stderr.buffer.write(b"\\xfe")\n',
    });
    expect(result).toMatchObject({ status: 'success', stdout: '\ufffd ok \ufffd', stderr: '\ufffd' });
  });
});
