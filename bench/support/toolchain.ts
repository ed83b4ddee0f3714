// What a language's toolchain costs with no engine around it: the baseline the sandbox benches
// compare the judge with, measured in the same run.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LanguageId } from '@/server/sandbox';
import type { Toolchain } from '@/server/sandbox/languages';

/** Runs a command to its end; resolves to its wall time in ms. */
export function run(argv: string[], options: { cwd?: string; stdin?: string } = {}): Promise<number> {
  const [command, ...args] = argv;
  if (!command) throw new Error('empty command');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`${command} exited ${code}: ${stderr.slice(0, 500)}`)),
    );
  });
}

export async function sequence(steps: Array<() => Promise<number>>): Promise<number> {
  let total = 0;
  for (const step of steps) total += await step();
  return total;
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The brief's "bare start" per language. */
export function bareStart(language: LanguageId, toolchain: Toolchain, scratch: string): () => Promise<number> {
  const javaBin = (tool: string) => path.join(toolchain.javaHome ?? '/usr', 'bin', tool);
  switch (language) {
    case 'javascript':
      return () => run([toolchain.node, '-e', '0']);
    case 'typescript':
      writeFileSync(path.join(scratch, 'trivial.ts'), 'const n: number = 0;\n');
      return () =>
        sequence([
          () => run([toolchain.esbuild ?? 'esbuild', path.join(scratch, 'trivial.ts'), `--outfile=${path.join(scratch, 'trivial.js')}`]),
          () => run([toolchain.node, path.join(scratch, 'trivial.js')]),
        ]);
    case 'python':
      return () => run([toolchain.python ?? 'python3', '-c', '0']);
    case 'java':
      writeFileSync(path.join(scratch, 'Trivial.java'), 'public class Trivial { public static void main(String[] a) {} }\n');
      return () =>
        sequence([
          () => run([javaBin('javac'), '-d', scratch, path.join(scratch, 'Trivial.java')]),
          () => run([javaBin('java'), '-cp', scratch, 'Trivial']),
        ]);
    case 'cpp':
      writeFileSync(path.join(scratch, 'trivial.cpp'), 'int main() { return 0; }\n');
      return () =>
        sequence([
          () => run([toolchain.gpp ?? 'g++', '-std=c++17', '-O2', '-o', path.join(scratch, 'trivial'), path.join(scratch, 'trivial.cpp')]),
          () => run([path.join(scratch, 'trivial')]),
        ]);
  }
}
