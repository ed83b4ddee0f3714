import 'server-only';

import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

import { execWarmRun } from './exec';
import type { Command, Language, LanguageContext, Program, Toolchain, WarmCommand } from './types';
import { isDesign } from '@/lib/vocabulary/problem-rules';
import type { DesignProblemSpec, ElementType, FunctionProblemSpec, ProblemParam, ProblemSpec, ReturnType, ValueType } from '../types';
import { typeShape } from '@/lib/vocabulary/values';
import { LANGUAGES } from '@/lib/vocabulary/languages';

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

  /** The answer cannot be written (a cycle, too many nodes): a wrong answer, not a crash. */
  public static final class BadAnswer extends RuntimeException {
    public BadAnswer(String message) { super(message, null, false, false); }
  }

  /** Writes values the runtime does not know (the harness's ListNode and TreeNode); false when v is not one. */
  public interface Extra { boolean write(StringBuilder b, Object v); }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object o) { return (List<Object>) o; }

  public static int toInt(Object o) { return ((Number) o).intValue(); }
  /** A long arrives as a decimal string, so no digit is lost on the way. */
  public static long toLong(Object o) { return o instanceof String ? Long.parseLong((String) o) : ((Number) o).longValue(); }
  public static char toChar(Object o) { return ((String) o).charAt(0); }
  public static double toDouble(Object o) { return ((Number) o).doubleValue(); }
  public static boolean toBoolean(Object o) { return (Boolean) o; }
  public static String toStr(Object o) { return (String) o; }
  public static int[] toIntArray(Object o) { List<Object> l = list(o); int[] r = new int[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toInt(l.get(k)); return r; }
  public static long[] toLongArray(Object o) { List<Object> l = list(o); long[] r = new long[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toLong(l.get(k)); return r; }
  public static double[] toDoubleArray(Object o) { List<Object> l = list(o); double[] r = new double[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toDouble(l.get(k)); return r; }
  public static boolean[] toBooleanArray(Object o) { List<Object> l = list(o); boolean[] r = new boolean[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toBoolean(l.get(k)); return r; }
  public static String[] toStrArray(Object o) { List<Object> l = list(o); String[] r = new String[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toStr(l.get(k)); return r; }
  public static char[] toCharArray(Object o) { List<Object> l = list(o); char[] r = new char[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toChar(l.get(k)); return r; }
  public static int[][] toIntMatrix(Object o) { List<Object> l = list(o); int[][] r = new int[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = toIntArray(l.get(k)); return r; }
  public static long[][] toLongMatrix(Object o) { List<Object> l = list(o); long[][] r = new long[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = toLongArray(l.get(k)); return r; }
  public static double[][] toDoubleMatrix(Object o) { List<Object> l = list(o); double[][] r = new double[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = toDoubleArray(l.get(k)); return r; }
  public static boolean[][] toBooleanMatrix(Object o) { List<Object> l = list(o); boolean[][] r = new boolean[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = toBooleanArray(l.get(k)); return r; }
  public static char[][] toCharMatrix(Object o) { List<Object> l = list(o); char[][] r = new char[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = toCharArray(l.get(k)); return r; }
  public static String[][] toStrMatrix(Object o) { List<Object> l = list(o); String[][] r = new String[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = toStrArray(l.get(k)); return r; }

  /** Writes any value a solution may return: boxed primitives, strings, arrays, collections. */
  public static void write(StringBuilder b, Object v) { write(b, v, false, null); }

  /** As write(b, v); a char[] is an array of one-character strings when chars is set (char types), else one string. */
  public static void write(StringBuilder b, Object v, boolean chars, Extra extra) {
    if (v == null) { b.append("null"); return; }
    if (extra != null && extra.write(b, v)) return;
    if (v instanceof Double || v instanceof Float) { double d = ((Number) v).doubleValue(); b.append(Double.isFinite(d) ? Double.toString(d) : "null"); return; }
    if (v instanceof Number || v instanceof Boolean) { b.append(v); return; }
    if (v instanceof Character) { writeString(b, v.toString()); return; }
    if (v instanceof CharSequence) { writeString(b, v.toString()); return; }
    if (v instanceof int[]) { int[] a = (int[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); b.append(a[k]); } b.append(']'); return; }
    if (v instanceof long[]) { long[] a = (long[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); b.append(a[k]); } b.append(']'); return; }
    if (v instanceof double[]) { double[] a = (double[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); write(b, a[k]); } b.append(']'); return; }
    if (v instanceof boolean[]) { boolean[] a = (boolean[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); b.append(a[k]); } b.append(']'); return; }
    if (v instanceof char[] && chars) { char[] a = (char[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); writeString(b, String.valueOf(a[k])); } b.append(']'); return; }
    if (v instanceof char[]) { writeString(b, new String((char[]) v)); return; }
    if (v instanceof Object[]) { Object[] a = (Object[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); write(b, a[k], chars, extra); } b.append(']'); return; }
    if (v instanceof Iterable) { b.append('['); boolean first = true; for (Object x : (Iterable<?>) v) { if (!first) b.append(','); first = false; write(b, x, chars, extra); } b.append(']'); return; }
    throw new IllegalArgumentException("Return value of type " + v.getClass().getName() + " is not supported");
  }

  public static void writeString(StringBuilder b, String s) {
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

    public void ok(Object value) { ok(value, false, null); }

    public void ok(Object value, boolean chars, Extra extra) {
      double ms = (System.nanoTime() - started) / 1e6;
      StringBuilder b = new StringBuilder("{\"ok\":true,\"v\":");
      try {
        write(b, value, chars, extra);
      } catch (RuntimeException e) {
        fail(e, ms, "");
        return;
      }
      b.append(",\"ms\":").append(ms).append(",\"kb\":").append(peakKb()).append('}');
      mark("R", b.toString());
    }

    /** The answer, already written as JSON (design problems: one result per operation). */
    public void okJson(String json) {
      double ms = (System.nanoTime() - started) / 1e6;
      mark("R", "{\"ok\":true,\"v\":" + json + ",\"ms\":" + ms + ",\"kb\":" + peakKb() + "}");
    }

    public void fail(Throwable t) { fail(t, (System.nanoTime() - started) / 1e6, ""); }

    /** The prefix says where the error happened (a design problem's operation). */
    public void fail(Throwable t, String prefix) { fail(t, (System.nanoTime() - started) / 1e6, prefix); }

    private void fail(Throwable t, double ms, String prefix) {
      if (t instanceof BadAnswer) {
        StringBuilder b = new StringBuilder("{\"ok\":false,\"wa\":true,\"err\":");
        writeString(b, t.getMessage());
        b.append(",\"ms\":").append(ms).append(",\"kb\":").append(peakKb()).append('}');
        mark("R", b.toString());
        return;
      }
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      String text = prefix + trace.toString();
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

/** LeetCode's node classes, compiled once into the cache (default package, so user code sees them). */
const NODE_CLASSES = {
  ListNode: `public class ListNode {
  int val;
  ListNode next;
  ListNode() {}
  ListNode(int val) { this.val = val; }
  ListNode(int val, ListNode next) { this.val = val; this.next = next; }
}
`,
  TreeNode: `public class TreeNode {
  int val;
  TreeNode left;
  TreeNode right;
  TreeNode() {}
  TreeNode(int val) { this.val = val; }
  TreeNode(int val, TreeNode left, TreeNode right) { this.val = val; this.left = left; this.right = right; }
}
`,
};

const JAVA_ELEMENTS: Record<ElementType, { type: string; convert: [string, string, string] }> = {
  int: { type: 'int', convert: ['toInt', 'toIntArray', 'toIntMatrix'] },
  long: { type: 'long', convert: ['toLong', 'toLongArray', 'toLongMatrix'] },
  double: { type: 'double', convert: ['toDouble', 'toDoubleArray', 'toDoubleMatrix'] },
  boolean: { type: 'boolean', convert: ['toBoolean', 'toBooleanArray', 'toBooleanMatrix'] },
  char: { type: 'char', convert: ['toChar', 'toCharArray', 'toCharMatrix'] },
  string: { type: 'String', convert: ['toStr', 'toStrArray', 'toStrMatrix'] },
};

/** Java type of a value type: int[][], String, ListNode[], … */
export function javaType(type: ValueType): string {
  const { base, dims } = typeShape(type);
  const name = base === 'ListNode' || base === 'TreeNode' ? base : JAVA_ELEMENTS[base].type;
  return name + '[]'.repeat(dims);
}

/** Java expression converting the parsed JSON `expr` to `type`. */
function javaRead(type: ValueType, expr: string): string {
  const { base, dims } = typeShape(type);
  if (base === 'ListNode' || base === 'TreeNode') return `${base === 'ListNode' ? 'toList' : 'toTree'}${dims ? 's' : ''}(${expr})`;
  return `codemeet.Json.${JAVA_ELEMENTS[base].convert[dims]}(${expr})`;
}

/** Arguments to Runner.ok / Json.write after the value: char types write char[] as one-character strings; nodes need the harness. */
function writeHints(type: ValueType, nodes: boolean): string {
  return `${typeShape(type).base === 'char'}, ${nodes ? 'NODES' : 'null'}`;
}

/** Builds and writes ListNode and TreeNode values; only generated for problems that use them. */
const NODE_HELPERS = `  static final int NODE_LIMIT = 200000;
  static ListNode toList(Object o) {
    java.util.List<Object> l = codemeet.Json.list(o);
    ListNode head = null;
    for (int k = l.size() - 1; k >= 0; k--) { ListNode n = new ListNode(codemeet.Json.toInt(l.get(k))); n.next = head; head = n; }
    return head;
  }
  static TreeNode toTree(Object o) {
    java.util.List<Object> l = codemeet.Json.list(o);
    if (l.isEmpty()) return null;
    TreeNode root = new TreeNode(codemeet.Json.toInt(l.get(0)));
    java.util.ArrayList<TreeNode> queue = new java.util.ArrayList<>();
    queue.add(root);
    int i = 1;
    for (int q = 0; q < queue.size() && i < l.size(); q++) {
      TreeNode node = queue.get(q);
      Object v = l.get(i++);
      if (v != null) { node.left = new TreeNode(codemeet.Json.toInt(v)); queue.add(node.left); }
      if (i >= l.size()) break;
      v = l.get(i++);
      if (v != null) { node.right = new TreeNode(codemeet.Json.toInt(v)); queue.add(node.right); }
    }
    return root;
  }
  static ListNode[] toLists(Object o) { java.util.List<Object> l = codemeet.Json.list(o); ListNode[] r = new ListNode[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toList(l.get(k)); return r; }
  static TreeNode[] toTrees(Object o) { java.util.List<Object> l = codemeet.Json.list(o); TreeNode[] r = new TreeNode[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toTree(l.get(k)); return r; }
  static void visit(java.util.IdentityHashMap<Object, Boolean> seen, Object node, String what) {
    if (seen.put(node, Boolean.TRUE) != null) {
      throw new codemeet.Json.BadAnswer(what.equals("list") ? "The returned list has a cycle." : "The returned tree reaches a node twice (a cycle or a shared node).");
    }
    if (seen.size() > NODE_LIMIT) throw new codemeet.Json.BadAnswer("The returned " + what + " has more than " + NODE_LIMIT + " nodes.");
  }
  static final codemeet.Json.Extra NODES = (b, v) -> {
    java.util.IdentityHashMap<Object, Boolean> seen = new java.util.IdentityHashMap<>();
    if (v instanceof ListNode) {
      b.append('[');
      for (ListNode n = (ListNode) v; n != null; n = n.next) {
        visit(seen, n, "list");
        if (n != v) b.append(',');
        b.append(n.val);
      }
      b.append(']');
      return true;
    }
    if (!(v instanceof TreeNode)) return false;
    java.util.ArrayList<TreeNode> queue = new java.util.ArrayList<>();
    queue.add((TreeNode) v);
    visit(seen, v, "tree");
    int end = 0;
    for (int q = 0; q < queue.size(); q++) {
      TreeNode n = queue.get(q);
      if (n == null) continue;
      end = q + 1;
      for (TreeNode child : new TreeNode[] { n.left, n.right }) {
        if (child != null) visit(seen, child, "tree");
        queue.add(child);
      }
    }
    b.append('[');
    for (int q = 0; q < end; q++) {
      if (q > 0) b.append(',');
      TreeNode n = queue.get(q);
      if (n == null) b.append("null"); else b.append(n.val);
    }
    b.append(']');
    return true;
  };
`;

const HARNESS_CLASS = 'CodemeetHarness';
const AUTO_IMPORTS = 'import java.util.*; import java.util.function.*; import java.util.stream.*; import java.math.*; ';

function usesNodes(types: ReturnType[]): boolean {
  return types.some((type) => type === 'ListNode' || type === 'TreeNode' || type === 'ListNode[]' || type === 'TreeNode[]');
}

/** Declarations of the arguments `list` (a parsed JSON array) holds, as p0, p1, … (constructors: c0, …; Java locals cannot shadow). */
function declareArgs(params: ProblemParam[], list: string, indent: string, prefix = 'p'): string {
  return params
    .map((param, k) => `${indent}final ${javaType(param.type)} ${prefix}${k} = ${javaRead(param.type, `${list}.get(${k})`)};\n`)
    .join('');
}

function argNames(params: ProblemParam[], prefix = 'p'): string {
  return params.map((_, k) => `${prefix}${k}`).join(', ');
}

function functionMain(problem: FunctionProblemSpec, nodes: boolean): string {
  const call = `new Solution().${problem.functionName.java}(${argNames(problem.params)})`;
  const answer =
    problem.mutates === undefined
      ? `runner.ok(${call}, ${writeHints(problem.returns as ValueType, nodes)});`
      : `${call};\n        runner.ok(p${problem.mutates}, ${writeHints(problem.params[problem.mutates]!.type, nodes)});`;
  return `    for (java.util.List<Object> args; (args = runner.next()) != null; ) {
${declareArgs(problem.params, 'args', '      ')}      runner.start();
      try {
        ${answer}
      } catch (Throwable t) {
        runner.fail(t);
      }
    }`;
}

function designMain(problem: DesignProblemSpec, nodes: boolean): string {
  const cases = problem.methods
    .map((method) => {
      const call = `codemeetObject.${method.name}(${argNames(method.params)})`;
      const result =
        method.returns === 'void'
          ? `${call};\n              codemeetOut.append("null");`
          : `codemeet.Json.write(codemeetOut, ${call}, ${writeHints(method.returns, nodes)});`;
      return `            case ${JSON.stringify(method.name)}: {
${declareArgs(method.params, 'codemeetArgs', '              ')}              ${result}
              break;
            }`;
    })
    .join('\n');
  return `    for (java.util.List<Object> args; (args = runner.next()) != null; ) {
      java.util.List<Object> codemeetOps = codemeet.Json.list(args.get(0));
      java.util.List<Object> codemeetCalls = codemeet.Json.list(args.get(1));
      int codemeetK = 0;
      runner.start();
      try {
        java.util.List<Object> codemeetArgs = codemeet.Json.list(codemeetCalls.get(0));
${declareArgs(problem.constructorParams, 'codemeetArgs', '        ', 'c')}        ${problem.className} codemeetObject = new ${problem.className}(${argNames(problem.constructorParams, 'c')});
        StringBuilder codemeetOut = new StringBuilder("[null");
        for (codemeetK = 1; codemeetK < codemeetOps.size(); codemeetK++) {
          codemeetArgs = codemeet.Json.list(codemeetCalls.get(codemeetK));
          codemeetOut.append(',');
          switch ((String) codemeetOps.get(codemeetK)) {
${cases}
            default:
              throw new IllegalStateException("unknown operation");
          }
        }
        runner.okJson(codemeetOut.append(']').toString());
      } catch (Throwable t) {
        runner.fail(t, "Operation " + codemeetK + " (" + codemeetOps.get(codemeetK) + "): ");
      }
    }`;
}

function harnessSource(problem: ProblemSpec): string {
  const design = isDesign(problem);
  const types: ReturnType[] = design
    ? [...problem.constructorParams.map((p) => p.type), ...problem.methods.flatMap((m) => [m.returns, ...m.params.map((p) => p.type)])]
    : [problem.returns, ...problem.params.map((p) => p.type)];
  const nodes = usesNodes(types);
  return `public final class ${HARNESS_CLASS} {
${nodes ? NODE_HELPERS : ''}  public static void main(String[] argv) throws Exception {
    codemeet.Json.Runner runner = new codemeet.Json.Runner();
${design ? designMain(problem, nodes) : functionMain(problem, nodes)}
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
  ...LANGUAGES.java,
  requires: ['javaHome'],
  cacheVersion: `${JSON_RUNTIME}\n${NODE_CLASSES.ListNode}\n${NODE_CLASSES.TreeNode}\n${JAVAC_FLAGS.join(' ')}`,
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
    // Named after the class the user writes, so `public class LRUCache` compiles as well as `class LRUCache`.
    const source = `${isDesign(problem) ? problem.className : 'Solution'}.java`;
    return {
      files: [
        { name: source, content: AUTO_IMPORTS + code },
        { name: `${HARNESS_CLASS}.java`, content: harnessSource(problem) },
      ],
      compile: {
        argv: javacCommand(ctx, [`${ctx.paths.box}/${source}`, `${ctx.paths.box}/${HARNESS_CLASS}.java`], [runtime, ctx.paths.box]),
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
    const nodeSources: string[] = [];
    for (const [name, content] of Object.entries(NODE_CLASSES)) {
      const file = path.join(cacheDir, 'src', `${name}.java`);
      await fsp.writeFile(file, content);
      nodeSources.push(file);
    }
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
      ...nodeSources,
    ]);
    await fsp.rm(path.join(cacheDir, 'src'), { recursive: true });
  },
  warmRun,
};

/**
 * The judge's JVM starts in a jail set up ahead (the JVM itself still starts at hand-over).
 * Not execute(): its main class is named by the user's code, and one recipe per class name
 * would let a user register warm jails at will.
 */
function warmRun(command: Command): WarmCommand | null {
  return command.argv[command.argv.length - 1] === HARNESS_CLASS ? execWarmRun(command) : null;
}

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
