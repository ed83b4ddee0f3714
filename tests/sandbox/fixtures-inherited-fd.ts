// Runs in a child process that inherited a root-only file on fd 40 (as a server started by a
// wrapper script or process manager might). Prints what jailed code could see of it.
import { createSandbox } from '@/server/sandbox';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
// Without root there are no cgroups here: the rlimit-only mode must then be asked for.
const sandbox = createSandbox({ logger: quiet, workRoot: process.argv[2], allowRlimitOnly: process.getuid?.() !== 0 });
const code = `
const fs = require('fs');
const fds = fs.readdirSync('/proc/self/fd').map(Number).filter((n) => n > 2);
let leaked = null;
try { leaked = fs.readFileSync('/proc/self/fd/40', 'utf8'); } catch {}
try { leaked = leaked ?? fs.readFileSync(40, 'utf8'); } catch {}
console.log(JSON.stringify({ fds, leaked }));`;
const result = await sandbox.execute({ language: 'javascript', code });
await sandbox.close();
console.log(result.stdout.trim());
