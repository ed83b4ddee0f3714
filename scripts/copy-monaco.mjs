// Self-hosts Monaco: copies monaco-editor's min/vs into public/vs (nothing is loaded from a CDN).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// monaco-editor's exports map hides package.json, so locate it from its main entry.
let dir = path.dirname(require.resolve('monaco-editor'));
while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
const source = path.join(dir, 'min', 'vs');
const target = path.resolve(import.meta.dirname, '..', 'public', 'vs');
fs.rmSync(target, { recursive: true, force: true });
fs.cpSync(source, target, { recursive: true });
console.log(`monaco-editor copied to ${path.relative(process.cwd(), target)}`);
