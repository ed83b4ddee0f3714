import 'server-only';

import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

import { execWarmRun } from './exec';
import type { Language, LanguageContext, Program } from './types';
import { isDesign } from '@/lib/vocabulary/problem-rules';
import type { DesignProblemSpec, ElementType, FunctionProblemSpec, ProblemParam, ProblemSpec, ReturnType, ValueType } from '../types';
import { typeShape } from '@/lib/vocabulary/values';
import { LANGUAGES } from '@/lib/vocabulary/languages';

/**
 * C++17 (g++ -O2). Judged code is a `class Solution` with the problem's method, compiled
 * after `using namespace std;` like LeetCode. Every compile force-includes a prelude
 * (<bits/stdc++.h> plus the harness's JSON reader/writer) that is precompiled once into
 * the cache, so the common `#include <bits/stdc++.h>` costs nothing. The prelude only declares
 * the harness's fixed part (JSON reader, runner), which is compiled once into the cache's
 * runtime.o and linked into judged programs: instantiating and optimising it took ~400 ms of
 * every compile. The gold linker, when installed, links in a third of bfd's time.
 */
const PRELUDE = String.raw`#pragma once
#include <bits/stdc++.h>
#include <sys/resource.h>

namespace codemeet {

struct Value {
  enum Kind { Null, Bool, Number, String, Array } kind = Null;
  bool flag = false;
  std::string text;
  std::vector<Value> items;
};

/** Parses one JSON value at s[i] (trusted input: the supervisor's own case lines). */
Value parse(const std::string& s, size_t& i);

/** The answer cannot be written (a cycle, too many nodes): a wrong answer, not a crash. */
struct BadAnswer : std::runtime_error {
  using std::runtime_error::runtime_error;
};

template <class T> struct From;
template <> struct From<int> { static int get(const Value& v) { return static_cast<int>(std::strtoll(v.text.c_str(), nullptr, 10)); } };
// A long arrives as a decimal string; its text is the number either way.
template <> struct From<long long> { static long long get(const Value& v) { return std::strtoll(v.text.c_str(), nullptr, 10); } };
template <> struct From<double> { static double get(const Value& v) { return std::strtod(v.text.c_str(), nullptr); } };
template <> struct From<bool> { static bool get(const Value& v) { return v.flag; } };
template <> struct From<char> { static char get(const Value& v) { return v.text.empty() ? '\0' : v.text[0]; } };
template <> struct From<std::string> { static std::string get(const Value& v) { return v.text; } };
template <class T> struct From<std::vector<T>> {
  static std::vector<T> get(const Value& v) {
    std::vector<T> out;
    out.reserve(v.items.size());
    for (const Value& item : v.items) out.push_back(From<T>::get(item));
    return out;
  }
};
template <class T> T as(const Value& v) { return From<T>::get(v); }

void writeString(std::string& o, const std::string& s);

/** JSON writer per C++ type; the judge harness adds ListNode* and TreeNode*. */
template <class T, class Enable = void> struct Writer;
template <> struct Writer<bool> { static void write(std::string& o, bool v) { o += v ? "true" : "false"; } };
template <> struct Writer<char> { static void write(std::string& o, char c) { writeString(o, std::string(1, c)); } };
template <> struct Writer<std::string> { static void write(std::string& o, const std::string& s) { writeString(o, s); } };
template <> struct Writer<const char*> { static void write(std::string& o, const char* s) { writeString(o, s); } };
template <> struct Writer<char*> { static void write(std::string& o, const char* s) { writeString(o, s); } };
template <class T>
struct Writer<T, typename std::enable_if<std::is_integral<T>::value && !std::is_same<T, bool>::value && !std::is_same<T, char>::value>::type> {
  static void write(std::string& o, T v) { o += std::to_string(v); }
};
template <class T> struct Writer<T, typename std::enable_if<std::is_floating_point<T>::value>::type> {
  static void write(std::string& o, T v) {
    if (!std::isfinite(v)) { o += "null"; return; }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", static_cast<double>(v));
    o += buf;
  }
};
template <> struct Writer<std::vector<bool>> {
  static void write(std::string& o, const std::vector<bool>& v) {
    o += '[';
    for (size_t k = 0; k < v.size(); k++) { if (k) o += ','; Writer<bool>::write(o, v[k]); }
    o += ']';
  }
};
template <class T> struct Writer<std::vector<T>> {
  static void write(std::string& o, const std::vector<T>& v) {
    o += '[';
    for (size_t k = 0; k < v.size(); k++) { if (k) o += ','; Writer<T>::write(o, v[k]); }
    o += ']';
  }
};
template <class T> void write(std::string& o, const T& v) { Writer<T>::write(o, v); }

class Runner {
 public:
  Runner();
  bool next(std::vector<Value>& args);
  void start();

  template <class T> void ok(const T& value) {
    double ms = elapsedMs();
    std::string b = "{\"ok\":true,\"v\":";
    try {
      Writer<T>::write(b, value);
    } catch (const BadAnswer& e) {
      wrong(e.what(), ms);
      return;
    }
    finish(b, ms);
  }

  /** The answer, already written as JSON (design problems: one result per operation). */
  void okJson(const std::string& json);
  void wrong(const std::string& message);
  void fail(const std::string& error, bool oom);

 private:
  std::string nonce_;
  int index_ = -1;
  std::chrono::steady_clock::time_point started_;

  static bool readLine(std::string& line);
  double elapsedMs() const;
  void wrong(const std::string& message, double ms);
  void finish(std::string b, double ms);
  void mark(const char* kind, const std::string& payload);
};

}  // namespace codemeet
`;

const RUNTIME = String.raw`// The harness's fixed part, compiled once into the cache (runtime.o) with the same flags as
// every compile; the prelude it implements is force-included, as in user compiles.
namespace codemeet {

static void skipSpace(const std::string& s, size_t& i) {
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) i++;
}

static void appendUtf8(std::string& out, unsigned code) {
  if (code < 0x80) out += static_cast<char>(code);
  else if (code < 0x800) { out += static_cast<char>(0xC0 | (code >> 6)); out += static_cast<char>(0x80 | (code & 0x3F)); }
  else { out += static_cast<char>(0xE0 | (code >> 12)); out += static_cast<char>(0x80 | ((code >> 6) & 0x3F)); out += static_cast<char>(0x80 | (code & 0x3F)); }
}

Value parse(const std::string& s, size_t& i) {
  skipSpace(s, i);
  Value v;
  if (i >= s.size()) return v;
  char c = s[i];
  if (c == '[') {
    v.kind = Value::Array;
    i++;
    skipSpace(s, i);
    if (i < s.size() && s[i] == ']') { i++; return v; }
    while (i < s.size()) {
      v.items.push_back(parse(s, i));
      skipSpace(s, i);
      if (i < s.size() && s[i++] == ']') break;
    }
  } else if (c == '"') {
    v.kind = Value::String;
    i++;
    while (i < s.size() && s[i] != '"') {
      if (s[i] != '\\') { v.text += s[i++]; continue; }
      char e = s[i + 1];
      i += 2;
      switch (e) {
        case 'n': v.text += '\n'; break;
        case 't': v.text += '\t'; break;
        case 'r': v.text += '\r'; break;
        case 'b': v.text += '\b'; break;
        case 'f': v.text += '\f'; break;
        case 'u': {
          unsigned code = std::stoul(s.substr(i, 4), nullptr, 16);
          i += 4;
          if (code >= 0xD800 && code < 0xDC00 && s.compare(i, 2, "\\u") == 0) {
            unsigned low = std::stoul(s.substr(i + 2, 4), nullptr, 16);
            i += 6;
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            v.text += static_cast<char>(0xF0 | (code >> 18));
            v.text += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            v.text += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            v.text += static_cast<char>(0x80 | (code & 0x3F));
          } else {
            appendUtf8(v.text, code);
          }
          break;
        }
        default: v.text += e;
      }
    }
    i++;
  } else if (s.compare(i, 4, "true") == 0) { v.kind = Value::Bool; v.flag = true; i += 4; }
  else if (s.compare(i, 5, "false") == 0) { v.kind = Value::Bool; i += 5; }
  else if (s.compare(i, 4, "null") == 0) { i += 4; }
  else {
    v.kind = Value::Number;
    size_t start = i;
    while (i < s.size() && std::strchr("+-0123456789.eE", s[i]) != nullptr && s[i] != '\0') i++;
    v.text = s.substr(start, i - start);
  }
  return v;
}

void writeString(std::string& o, const std::string& s) {
  o += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      default:
        if (c < 0x20) { char buf[8]; std::snprintf(buf, sizeof buf, "\\u%04x", c); o += buf; }
        else o += static_cast<char>(c);
    }
  }
  o += '"';
}

Runner::Runner() {
  std::string first;
  readLine(first);
  nonce_ = first;
}

bool Runner::next(std::vector<Value>& args) {
  std::string line;
  while (readLine(line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    index_++;
    size_t i = 0;
    args = parse(line, i).items;
    return true;
  }
  return false;
}

void Runner::start() {
  mark("S", std::to_string(index_));
  started_ = std::chrono::steady_clock::now();
}

void Runner::okJson(const std::string& json) { finish("{\"ok\":true,\"v\":" + json, elapsedMs()); }

void Runner::wrong(const std::string& message) { wrong(message, elapsedMs()); }

void Runner::fail(const std::string& error, bool oom) {
  double ms = elapsedMs();
  std::string b = "{\"ok\":false,\"err\":";
  writeString(b, error.substr(0, 4000));
  if (oom) b += ",\"oom\":true";
  finish(b, ms);
}

bool Runner::readLine(std::string& line) {
  char* buf = nullptr;
  size_t cap = 0;
  ssize_t n = ::getline(&buf, &cap, stdin);
  if (n < 0) { std::free(buf); return false; }
  while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r')) n--;
  line.assign(buf, static_cast<size_t>(n));
  std::free(buf);
  return true;
}

double Runner::elapsedMs() const {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
}

void Runner::wrong(const std::string& message, double ms) {
  std::string b = "{\"ok\":false,\"wa\":true,\"err\":";
  writeString(b, message);
  finish(b, ms);
}

void Runner::finish(std::string b, double ms) {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  char buf[64];
  std::snprintf(buf, sizeof buf, ",\"ms\":%.3f,\"kb\":%ld}", ms, usage.ru_maxrss);
  b += buf;
  mark("R", b);
}

void Runner::mark(const char* kind, const std::string& payload) {
  // User output may sit in either stream's buffer: flush both so it precedes the marker.
  std::cout.flush();
  std::fflush(stdout);
  std::string line = "\n" + nonce_ + " " + kind + " " + payload + "\n";
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fflush(stdout);
}

}  // namespace codemeet
`;

const CPP_ELEMENTS: Record<ElementType, string> = {
  int: 'int',
  long: 'long long',
  double: 'double',
  boolean: 'bool',
  char: 'char',
  string: 'std::string',
};

/** C++ type of a value type: std::vector<std::vector<int>>, ListNode*, … */
export function cppType(type: ValueType): string {
  const { base, dims } = typeShape(type);
  let name = base === 'ListNode' || base === 'TreeNode' ? `${base}*` : CPP_ELEMENTS[base];
  for (let d = 0; d < dims; d++) name = `std::vector<${name}>`;
  return name;
}

const STANDARD = '-std=c++17';
const OPTIMIZE = '-O2';

/**
 * LeetCode's node structs and their readers and writers. Only in harnesses of problems that use
 * them (a plain program may define its own ListNode), so they are not in the precompiled prelude.
 */
const NODE_SUPPORT = `struct ListNode {
  int val;
  ListNode *next;
  ListNode() : val(0), next(nullptr) {}
  ListNode(int x) : val(x), next(nullptr) {}
  ListNode(int x, ListNode *next) : val(x), next(next) {}
};
struct TreeNode {
  int val;
  TreeNode *left;
  TreeNode *right;
  TreeNode() : val(0), left(nullptr), right(nullptr) {}
  TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
  TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};
namespace codemeet {
constexpr size_t NODE_LIMIT = 200000;
template <> struct From<ListNode*> {
  static ListNode* get(const Value& v) {
    ListNode* head = nullptr;
    for (size_t k = v.items.size(); k-- > 0;) head = new ListNode(as<int>(v.items[k]), head);
    return head;
  }
};
template <> struct From<TreeNode*> {
  static TreeNode* get(const Value& v) {
    const std::vector<Value>& items = v.items;
    if (items.empty()) return nullptr;
    TreeNode* root = new TreeNode(as<int>(items[0]));
    std::vector<TreeNode*> queue{root};
    size_t i = 1;
    for (size_t q = 0; q < queue.size() && i < items.size(); q++) {
      for (TreeNode** child : {&queue[q]->left, &queue[q]->right}) {
        if (i >= items.size()) break;
        const Value& item = items[i++];
        if (item.kind == Value::Null) continue;
        *child = new TreeNode(as<int>(item));
        queue.push_back(*child);
      }
    }
    return root;
  }
};
inline void visit(std::unordered_set<const void*>& seen, const void* node, const char* what) {
  if (!seen.insert(node).second) {
    throw BadAnswer(std::string(what) == "list" ? "The returned list has a cycle." : "The returned tree reaches a node twice (a cycle or a shared node).");
  }
  if (seen.size() > NODE_LIMIT) throw BadAnswer(std::string("The returned ") + what + " has more than " + std::to_string(NODE_LIMIT) + " nodes.");
}
template <> struct Writer<ListNode*> {
  static void write(std::string& o, const ListNode* head) {
    std::unordered_set<const void*> seen;
    o += '[';
    for (const ListNode* n = head; n != nullptr; n = n->next) {
      visit(seen, n, "list");
      if (n != head) o += ',';
      o += std::to_string(n->val);
    }
    o += ']';
  }
};
template <> struct Writer<TreeNode*> {
  static void write(std::string& o, const TreeNode* root) {
    std::unordered_set<const void*> seen;
    std::vector<const TreeNode*> queue{root};
    if (root != nullptr) visit(seen, root, "tree");
    size_t end = 0;
    for (size_t q = 0; q < queue.size(); q++) {
      const TreeNode* n = queue[q];
      if (n == nullptr) continue;
      end = q + 1;
      for (const TreeNode* child : {n->left, n->right}) {
        if (child != nullptr) visit(seen, child, "tree");
        queue.push_back(child);
      }
    }
    o += '[';
    for (size_t q = 0; q < end; q++) {
      if (q) o += ',';
      o += queue[q] == nullptr ? std::string("null") : std::to_string(queue[q]->val);
    }
    o += ']';
  }
};
}  // namespace codemeet
`;

const CATCH_TAIL = `    } catch (const codemeet::BadAnswer& e) {
      runner.wrong(e.what());
    } catch (const std::bad_alloc&) {
      runner.fail("std::bad_alloc", true);
    } catch (const std::exception& e) {
      runner.fail(WHERE + std::string("exception: ") + e.what(), false);
    } catch (...) {
      runner.fail(WHERE + std::string("unknown exception"), false);
    }`;

function declareArgs(params: ProblemParam[], list: string, indent: string): string {
  return params.map((param, k) => `${indent}auto p${k} = codemeet::as<${cppType(param.type)}>(${list}.at(${k}));\n`).join('');
}

function argNames(params: ProblemParam[]): string {
  return params.map((_, k) => `p${k}`).join(', ');
}

function functionMain(problem: FunctionProblemSpec): string {
  const call = `Solution().${problem.functionName.cpp}(${argNames(problem.params)})`;
  const answer =
    problem.mutates === undefined ? `auto result = ${call};\n      runner.ok(result);` : `${call};\n      runner.ok(p${problem.mutates});`;
  return `  while (runner.next(args)) {
${declareArgs(problem.params, 'args', '    ')}    runner.start();
    try {
      ${answer}
${CATCH_TAIL.replaceAll('WHERE + ', '')}
  }`;
}

function designMain(problem: DesignProblemSpec): string {
  const branches = problem.methods
    .map((method) => {
      const call = `codemeet_object->${method.name}(${argNames(method.params)})`;
      const result = method.returns === 'void' ? `${call};\n          codemeet_out += "null";` : `codemeet::write(codemeet_out, ${call});`;
      return `if (codemeet_op == ${JSON.stringify(method.name)}) {
${declareArgs(method.params, '(*codemeet_args)', '          ')}          ${result}
        } else `;
    })
    .join('');
  const where = 'std::string("Operation ") + std::to_string(codemeet_k) + " (" + codemeet_ops.at(codemeet_k) + "): " + ';
  return `  while (runner.next(args)) {
    const std::vector<std::string> codemeet_ops = codemeet::as<std::vector<std::string>>(args.at(0));
    const std::vector<codemeet::Value>& codemeet_calls = args.at(1).items;
    size_t codemeet_k = 0;
    runner.start();
    try {
      const std::vector<codemeet::Value>* codemeet_args = &codemeet_calls.at(0).items;
${declareArgs(problem.constructorParams, '(*codemeet_args)', '      ')}      ${problem.className}* codemeet_object = new ${problem.className}(${argNames(problem.constructorParams)});
      std::string codemeet_out = "[null";
      for (codemeet_k = 1; codemeet_k < codemeet_ops.size(); codemeet_k++) {
        codemeet_args = &codemeet_calls.at(codemeet_k).items;
        const std::string& codemeet_op = codemeet_ops[codemeet_k];
        codemeet_out += ',';
        ${branches}{
          throw std::runtime_error("unknown operation");
        }
      }
      runner.okJson(codemeet_out + "]");
${CATCH_TAIL.replaceAll('WHERE + ', where)}
  }`;
}

function usesNodes(problem: ProblemSpec): boolean {
  const types: ReturnType[] = isDesign(problem)
    ? [...problem.constructorParams.map((p) => p.type), ...problem.methods.flatMap((m) => [m.returns, ...m.params.map((p) => p.type)])]
    : [problem.returns, ...problem.params.map((p) => p.type)];
  return types.some((type) => type !== 'void' && ['ListNode', 'TreeNode'].includes(typeShape(type).base));
}

function harnessSource(problem: ProblemSpec): string {
  // The user's file is included, so compiler messages point at solution.cpp's own lines.
  return `using namespace std;
${usesNodes(problem) ? NODE_SUPPORT : ''}#include "solution.cpp"
int main() {
  codemeet::Runner runner;
  std::vector<codemeet::Value> args;
${isDesign(problem) ? designMain(problem) : functionMain(problem)}
}
`;
}

/** A judged program also links the harness's precompiled fixed part (runtime.o): ~400 ms less per compile. */
function compileCommand(ctx: LanguageContext, judged: boolean): string[] {
  if (!ctx.toolchain.gpp) throw new Error('g++ not found');
  return [
    ctx.toolchain.gpp,
    STANDARD,
    OPTIMIZE,
    '-pipe',
    '-fmax-errors=20',
    '-include',
    `${ctx.paths.cache}/codemeet_prelude.h`,
    ...(ctx.toolchain.ldGold ? ['-fuse-ld=gold'] : []),
    '-o',
    `${ctx.paths.box}/main`,
    `${ctx.paths.box}/main.cpp`,
    ...(judged ? [`${ctx.paths.cache}/runtime.o`] : []),
  ];
}

const CPP_ENV = { HOME: '/tmp', LANG: 'C.UTF-8', TMPDIR: '/tmp' };

export const cpp: Language = {
  ...LANGUAGES.cpp,
  requires: ['gpp'],
  cacheVersion: `${PRELUDE}\n${RUNTIME}\n${STANDARD} ${OPTIMIZE}`,
  limitAddressSpace: true,
  outOfMemory: /std::bad_alloc/,
  program(code: string, ctx: LanguageContext): Program {
    return {
      files: [{ name: 'main.cpp', content: code }],
      compile: { argv: compileCommand(ctx, false), env: CPP_ENV },
      run: { argv: [`${ctx.paths.box}/main`], env: CPP_ENV },
    };
  },
  harness(code: string, problem: ProblemSpec, ctx: LanguageContext): Program {
    return {
      files: [
        { name: 'solution.cpp', content: code },
        { name: 'main.cpp', content: harnessSource(problem) },
      ],
      compile: { argv: compileCommand(ctx, true), env: CPP_ENV },
      run: { argv: [`${ctx.paths.box}/main`], env: CPP_ENV },
    };
  },
  async prepare({ cacheDir, toolchain }) {
    const gpp = toolchain.gpp;
    if (!gpp) throw new Error('g++ not found');
    const header = path.join(cacheDir, 'codemeet_prelude.h');
    await fsp.writeFile(header, PRELUDE, { mode: 0o644 });
    // Same standard and optimisation flags as every compile, or g++ ignores the PCH.
    await runCompiler(gpp, [STANDARD, OPTIMIZE, '-x', 'c++-header', header, '-o', `${header}.gch`]);
    await fsp.chmod(`${header}.gch`, 0o644);
    const runtime = path.join(cacheDir, 'runtime.cpp');
    await fsp.writeFile(runtime, RUNTIME, { mode: 0o644 });
    await runCompiler(gpp, [STANDARD, OPTIMIZE, '-include', header, '-c', runtime, '-o', path.join(cacheDir, 'runtime.o')]);
    await fsp.chmod(path.join(cacheDir, 'runtime.o'), 0o644);
    await fsp.rm(runtime);
  },
  // The compiled binary runs in a jail set up ahead; g++ itself always starts cold.
  warmRun: execWarmRun,
};

function runCompiler(gpp: string, args: string[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(gpp, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`g++ failed while preparing the cache: ${stderr.slice(0, 2000)}`)),
    );
  });
}
