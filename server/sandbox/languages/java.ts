import 'server-only';

import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

import type { Language, LanguageContext, Program, Toolchain } from './types';
import type { ProblemSpec, ValueType } from '../types';

/**
 * Java 17. Judged code is a `class Solution` with the problem's method (LeetCode style);
 * common java.util imports are added on the first line so line numbers stay true.
 * For execute(), the file is named after the first `public class X` (Main otherwise) and
 * class X runs. The JSON reader/writer of the harness is compiled once into the cache.
 */
const JSON_RUNTIME = String.raw`package codemeet;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public final class Json {
  private final String s;
  private int i;
  private Json(String s) { this.s = s; }

  public static Object parse(String text) {
    Json p = new Json(text);
    p.ws();
    Object v = p.value();
    p.ws();
    if (p.i != p.s.length()) throw new IllegalArgumentException("trailing JSON");
    return v;
  }

  private void ws() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }

  private Object value() {
    char c = s.charAt(i);
    if (c == '[') {
      i++; List<Object> list = new ArrayList<>(); ws();
      if (s.charAt(i) == ']') { i++; return list; }
      for (;;) { ws(); list.add(value()); ws(); char d = s.charAt(i++); if (d == ']') return list; }
    }
    if (c == '"') return str();
    if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
    if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
    if (s.startsWith("null", i)) { i += 4; return null; }
    int start = i;
    boolean real = false;
    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) { char d = s.charAt(i++); if (d == '.' || d == 'e' || d == 'E') real = true; }
    String num = s.substring(start, i);
    if (!real) { try { return Long.parseLong(num); } catch (NumberFormatException e) { return Double.parseDouble(num); } }
    return Double.parseDouble(num);
  }

  private String str() {
    StringBuilder b = new StringBuilder();
    i++;
    for (;;) {
      char c = s.charAt(i++);
      if (c == '"') return b.toString();
      if (c != '\\') { b.append(c); continue; }
      char e = s.charAt(i++);
      switch (e) {
        case 'n': b.append('\n'); break;
        case 't': b.append('\t'); break;
        case 'r': b.append('\r'); break;
        case 'b': b.append('\b'); break;
        case 'f': b.append('\f'); break;
        case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
        default: b.append(e);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) { return (List<Object>) o; }

  public static int toInt(Object o) { return ((Number) o).intValue(); }
  public static long toLong(Object o) { return ((Number) o).longValue(); }
  public static double toDouble(Object o) { return ((Number) o).doubleValue(); }
  public static boolean toBoolean(Object o) { return (Boolean) o; }
  public static String toStr(Object o) { return (String) o; }
  public static int[] toIntArray(Object o) { List<Object> l = list(o); int[] r = new int[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toInt(l.get(k)); return r; }
  public static long[] toLongArray(Object o) { List<Object> l = list(o); long[] r = new long[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toLong(l.get(k)); return r; }
  public static double[] toDoubleArray(Object o) { List<Object> l = list(o); double[] r = new double[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toDouble(l.get(k)); return r; }
  public static boolean[] toBooleanArray(Object o) { List<Object> l = list(o); boolean[] r = new boolean[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toBoolean(l.get(k)); return r; }
  public static String[] toStrArray(Object o) { List<Object> l = list(o); String[] r = new String[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toStr(l.get(k)); return r; }
  public static int[][] toIntMatrix(Object o) { List<Object> l = list(o); int[][] r = new int[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = toIntArray(l.get(k)); return r; }
  public static String[][] toStrMatrix(Object o) { List<Object> l = list(o); String[][] r = new String[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = toStrArray(l.get(k)); return r; }

  /** Writes any value a solution may return: boxed primitives, strings, arrays, collections. */
  public static void write(StringBuilder b, Object v) {
    if (v == null) { b.append("null"); return; }
    if (v instanceof Double || v instanceof Float) { double d = ((Number) v).doubleValue(); b.append(Double.isFinite(d) ? Double.toString(d) : "null"); return; }
    if (v instanceof Number || v instanceof Boolean) { b.append(v); return; }
    if (v instanceof Character) { writeString(b, v.toString()); return; }
    if (v instanceof CharSequence) { writeString(b, v.toString()); return; }
    if (v instanceof int[]) { int[] a = (int[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); b.append(a[k]); } b.append(']'); return; }
    if (v instanceof long[]) { long[] a = (long[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); b.append(a[k]); } b.append(']'); return; }
    if (v instanceof double[]) { double[] a = (double[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); write(b, a[k]); } b.append(']'); return; }
    if (v instanceof boolean[]) { boolean[] a = (boolean[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); b.append(a[k]); } b.append(']'); return; }
    if (v instanceof char[]) { writeString(b, new String((char[]) v)); return; }
    if (v instanceof Object[]) { Object[] a = (Object[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); write(b, a[k]); } b.append(']'); return; }
    if (v instanceof Iterable) { b.append('['); boolean first = true; for (Object x : (Iterable<?>) v) { if (!first) b.append(','); first = false; write(b, x); } b.append(']'); return; }
    throw new IllegalArgumentException("Return value of type " + v.getClass().getName() + " is not supported");
  }

  private static void writeString(StringBuilder b, String s) {
    b.append('"');
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default:
          if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c)); else b.append(c);
      }
    }
    b.append('"');
  }

  /** Reads cases from stdin and writes protocol markers on System.out (shared with user prints). */
  public static final class Runner {
    private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    private final PrintStream out = System.out;
    private final String nonce;
    private int index = -1;
    private long started;

    public Runner() throws IOException {
      String first = in.readLine();
      nonce = first == null ? "" : first.trim();
    }

    /** Next case's arguments, or null at the end of input. */
    @SuppressWarnings("unchecked")
    public List<Object> next() throws IOException {
      for (;;) {
        String line = in.readLine();
        if (line == null) return null;
        if (line.isBlank()) continue;
        index++;
        return (List<Object>) parse(line);
      }
    }

    public void start() { mark("S", Integer.toString(index)); started = System.nanoTime(); }

    public void ok(Object value) {
      double ms = (System.nanoTime() - started) / 1e6;
      StringBuilder b = new StringBuilder("{\"ok\":true,\"v\":");
      try {
        write(b, value);
      } catch (RuntimeException e) {
        fail(e, ms);
        return;
      }
      b.append(",\"ms\":").append(ms).append(",\"kb\":").append(peakKb()).append('}');
      mark("R", b.toString());
    }

    public void fail(Throwable t) { fail(t, (System.nanoTime() - started) / 1e6); }

    private void fail(Throwable t, double ms) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      String text = trace.toString();
      if (text.length() > 4000) text = text.substring(0, 4000);
      StringBuilder b = new StringBuilder("{\"ok\":false,\"err\":");
      writeString(b, text);
      if (t instanceof OutOfMemoryError && !String.valueOf(t.getMessage()).contains("native thread")) b.append(",\"oom\":true");
      b.append(",\"ms\":").append(ms).append(",\"kb\":").append(peakKb()).append('}');
      mark("R", b.toString());
    }

    private void mark(String kind, String payload) {
      out.print("\n" + nonce + " " + kind + " " + payload + "\n");
      out.flush();
    }

    private static long peakKb() {
      try {
        for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
          if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      } catch (IOException | RuntimeException e) {
        // Not fatal: memory is reported as 0.
      }
      return 0;
    }
  }
}
`;

/** Java type and Json converter per value type. */
const JAVA_TYPES: Record<ValueType, { type: string; convert: string }> = {
  int: { type: 'int', convert: 'toInt' },
  long: { type: 'long', convert: 'toLong' },
  double: { type: 'double', convert: 'toDouble' },
  boolean: { type: 'boolean', convert: 'toBoolean' },
  string: { type: 'String', convert: 'toStr' },
  'int[]': { type: 'int[]', convert: 'toIntArray' },
  'long[]': { type: 'long[]', convert: 'toLongArray' },
  'double[]': { type: 'double[]', convert: 'toDoubleArray' },
  'boolean[]': { type: 'boolean[]', convert: 'toBooleanArray' },
  'string[]': { type: 'String[]', convert: 'toStrArray' },
  'int[][]': { type: 'int[][]', convert: 'toIntMatrix' },
  'string[][]': { type: 'String[][]', convert: 'toStrMatrix' },
};

const HARNESS_CLASS = 'CodemeetHarness';
const AUTO_IMPORTS = 'import java.util.*; import java.util.function.*; import java.util.stream.*; import java.math.*; ';

function harnessSource(problem: ProblemSpec): string {
  const decls = problem.params
    .map((param, k) => {
      const t = JAVA_TYPES[param.type];
      return `      final ${t.type} a${k} = codemeet.Json.${t.convert}(args.get(${k}));`;
    })
    .join('\n');
  const call = `new Solution().${problem.functionName.java}(${problem.params.map((_, k) => `a${k}`).join(', ')})`;
  return `public final class ${HARNESS_CLASS} {
  public static void main(String[] argv) throws Exception {
    codemeet.Json.Runner runner = new codemeet.Json.Runner();
    for (java.util.List<Object> args; (args = runner.next()) != null; ) {
${decls}
      runner.start();
      try {
        runner.ok(${call});
      } catch (Throwable t) {
        runner.fail(t);
      }
    }
  }
}
`;
}

const JAVA_ENV = { HOME: '/tmp', LANG: 'C.UTF-8' };
const JVM_FLAGS = ['-XX:+UseSerialGC', '-XX:-UsePerfData', '-Xshare:auto', '-Dfile.encoding=UTF-8'];
// javac is a short-lived JVM: C1 only starts it faster. User code keeps the full JIT.
const JAVAC_FLAGS = [...JVM_FLAGS, '-XX:TieredStopAtLevel=1'].map((flag) => `-J${flag}`);

function javaBin(toolchain: Toolchain, tool: 'java' | 'javac'): string {
  if (!toolchain.javaHome) throw new Error('JDK not found');
  return path.join(toolchain.javaHome, 'bin', tool);
}

function javacCommand(ctx: LanguageContext, sources: string[], classpath: string[]): string[] {
  const heapMb = Math.max(64, Math.floor(ctx.limits.compileMemoryLimitMb * 0.6));
  return [
    javaBin(ctx.toolchain, 'javac'),
    ...JAVAC_FLAGS,
    `-J-XX:SharedArchiveFile=${ctx.paths.cache}/javac.jsa`,
    `-J-Xmx${heapMb}m`,
    '-encoding',
    'UTF-8',
    '-nowarn',
    '-proc:none',
    '-Xmaxerrs',
    '20',
    '-cp',
    classpath.join(':'),
    '-d',
    ctx.paths.box,
    ...sources,
  ];
}

function javaCommand(ctx: LanguageContext, classpath: string[], mainClass: string): string[] {
  const heapMb = Math.max(32, Math.floor(ctx.limits.memoryLimitMb * 0.7));
  return [javaBin(ctx.toolchain, 'java'), ...JVM_FLAGS, `-Xmx${heapMb}m`, '-Xss64m', '-cp', classpath.join(':'), mainClass];
}

export const java: Language = {
  id: 'java',
  displayName: 'Java 17',
  aliases: ['java', 'java17'],
  requires: ['javaHome'],
  cacheVersion: `${JSON_RUNTIME}\n${JAVAC_FLAGS.join(' ')}`,
  limitAddressSpace: false,
  // Not 'unable to create native thread': that is the process limit, a runtime error.
  outOfMemory: /java\.lang\.OutOfMemoryError: (?:Java heap space|GC overhead|Requested array size|Metaspace)/,
  program(code: string, ctx: LanguageContext): Program {
    const className = /\bpublic\s+(?:(?:final|abstract|strictfp)\s+)*class\s+([A-Za-z_$][\w$]*)/.exec(code)?.[1] ?? 'Main';
    const file = `${className}.java`;
    return {
      files: [{ name: file, content: code }],
      compile: { argv: javacCommand(ctx, [`${ctx.paths.box}/${file}`], [ctx.paths.box]), env: JAVA_ENV },
      run: { argv: javaCommand(ctx, [ctx.paths.box], className), env: JAVA_ENV },
    };
  },
  harness(code: string, problem: ProblemSpec, ctx: LanguageContext): Program {
    const runtime = ctx.paths.cache;
    return {
      files: [
        { name: 'Solution.java', content: AUTO_IMPORTS + code },
        { name: `${HARNESS_CLASS}.java`, content: harnessSource(problem) },
      ],
      compile: {
        argv: javacCommand(ctx, [`${ctx.paths.box}/Solution.java`, `${ctx.paths.box}/${HARNESS_CLASS}.java`], [runtime, ctx.paths.box]),
        env: JAVA_ENV,
      },
      run: { argv: javaCommand(ctx, [ctx.paths.box, runtime], HARNESS_CLASS), env: JAVA_ENV },
    };
  },
  async prepare({ cacheDir, toolchain }) {
    const sourceDir = path.join(cacheDir, 'src', 'codemeet');
    await fsp.mkdir(sourceDir, { recursive: true });
    const source = path.join(sourceDir, 'Json.java');
    await fsp.writeFile(source, JSON_RUNTIME);
    // Compiling our own runtime also records javac's classes in a CDS archive, which
    // makes every later javac start faster.
    await run(javaBin(toolchain, 'javac'), [
      ...JAVAC_FLAGS,
      `-J-XX:ArchiveClassesAtExit=${path.join(cacheDir, 'javac.jsa')}`,
      '-encoding',
      'UTF-8',
      '-d',
      cacheDir,
      source,
    ]);
    await fsp.rm(path.join(cacheDir, 'src'), { recursive: true });
  },
};

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (${code}): ${stderr.slice(0, 2000)}`)),
    );
  });
}
