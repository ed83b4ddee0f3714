import 'server-only';

import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

import type { Language, LanguageContext, Program } from './types';
import type { ProblemSpec, ValueType } from '../types';

/**
 * C++17 (g++ -O2). Judged code is a `class Solution` with the problem's method, compiled
 * after `using namespace std;` like LeetCode. Every compile force-includes a prelude
 * (<bits/stdc++.h> plus the harness's JSON reader/writer) that is precompiled once into
 * the cache, so the common `#include <bits/stdc++.h>` costs nothing.
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

inline void skipSpace(const std::string& s, size_t& i) {
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) i++;
}

inline void appendUtf8(std::string& out, unsigned code) {
  if (code < 0x80) out += static_cast<char>(code);
  else if (code < 0x800) { out += static_cast<char>(0xC0 | (code >> 6)); out += static_cast<char>(0x80 | (code & 0x3F)); }
  else { out += static_cast<char>(0xE0 | (code >> 12)); out += static_cast<char>(0x80 | ((code >> 6) & 0x3F)); out += static_cast<char>(0x80 | (code & 0x3F)); }
}

inline Value parse(const std::string& s, size_t& i) {
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

template <class T> struct From;
template <> struct From<int> { static int get(const Value& v) { return static_cast<int>(std::strtoll(v.text.c_str(), nullptr, 10)); } };
template <> struct From<long long> { static long long get(const Value& v) { return std::strtoll(v.text.c_str(), nullptr, 10); } };
template <> struct From<double> { static double get(const Value& v) { return std::strtod(v.text.c_str(), nullptr); } };
template <> struct From<bool> { static bool get(const Value& v) { return v.flag; } };
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

inline void write(std::string& o, bool v) { o += v ? "true" : "false"; }
inline void write(std::string& o, const std::string& s) {
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
inline void write(std::string& o, const char* s) { write(o, std::string(s)); }
inline void write(std::string& o, char c) { write(o, std::string(1, c)); }
template <class T>
typename std::enable_if<std::is_integral<T>::value>::type write(std::string& o, T v) { o += std::to_string(v); }
template <class T>
typename std::enable_if<std::is_floating_point<T>::value>::type write(std::string& o, T v) {
  if (!std::isfinite(v)) { o += "null"; return; }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", static_cast<double>(v));
  o += buf;
}
inline void write(std::string& o, const std::vector<bool>& v) {
  o += '[';
  for (size_t k = 0; k < v.size(); k++) { if (k) o += ','; write(o, static_cast<bool>(v[k])); }
  o += ']';
}
template <class T> void write(std::string& o, const std::vector<T>& v) {
  o += '[';
  for (size_t k = 0; k < v.size(); k++) { if (k) o += ','; write(o, v[k]); }
  o += ']';
}

class Runner {
 public:
  Runner() { std::string first; readLine(first); nonce_ = first; }

  bool next(std::vector<Value>& args) {
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

  void start() { mark("S", std::to_string(index_)); started_ = std::chrono::steady_clock::now(); }

  template <class T> void ok(const T& value) {
    double ms = elapsedMs();
    std::string b = "{\"ok\":true,\"v\":";
    write(b, value);
    finish(b, ms);
  }

  void fail(const std::string& error, bool oom) {
    double ms = elapsedMs();
    std::string b = "{\"ok\":false,\"err\":";
    write(b, error.substr(0, 4000));
    if (oom) b += ",\"oom\":true";
    finish(b, ms);
  }

 private:
  std::string nonce_;
  int index_ = -1;
  std::chrono::steady_clock::time_point started_;

  static bool readLine(std::string& line) {
    char* buf = nullptr;
    size_t cap = 0;
    ssize_t n = ::getline(&buf, &cap, stdin);
    if (n < 0) { std::free(buf); return false; }
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r')) n--;
    line.assign(buf, static_cast<size_t>(n));
    std::free(buf);
    return true;
  }

  double elapsedMs() const {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
  }

  void finish(std::string& b, double ms) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    char buf[64];
    std::snprintf(buf, sizeof buf, ",\"ms\":%.3f,\"kb\":%ld}", ms, usage.ru_maxrss);
    b += buf;
    mark("R", b);
  }

  void mark(const char* kind, const std::string& payload) {
    // User output may sit in either stream's buffer: flush both so it precedes the marker.
    std::cout.flush();
    std::fflush(stdout);
    std::string line = "\n" + nonce_ + " " + kind + " " + payload + "\n";
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fflush(stdout);
  }
};

}  // namespace codemeet
`;

const CPP_TYPES: Record<ValueType, string> = {
  int: 'int',
  long: 'long long',
  double: 'double',
  boolean: 'bool',
  string: 'std::string',
  'int[]': 'std::vector<int>',
  'long[]': 'std::vector<long long>',
  'double[]': 'std::vector<double>',
  'boolean[]': 'std::vector<bool>',
  'string[]': 'std::vector<std::string>',
  'int[][]': 'std::vector<std::vector<int>>',
  'string[][]': 'std::vector<std::vector<std::string>>',
};

const STANDARD = '-std=c++17';
const OPTIMIZE = '-O2';

function harnessSource(problem: ProblemSpec): string {
  const decls = problem.params.map((param, k) => `    auto a${k} = codemeet::as<${CPP_TYPES[param.type]}>(args.at(${k}));`).join('\n');
  const call = `Solution().${problem.functionName.cpp}(${problem.params.map((_, k) => `a${k}`).join(', ')})`;
  // Line 2 includes the user's file, so compiler messages point at solution.cpp's own lines.
  return `using namespace std;
#include "solution.cpp"
int main() {
  codemeet::Runner runner;
  std::vector<codemeet::Value> args;
  while (runner.next(args)) {
${decls}
    runner.start();
    try {
      auto result = ${call};
      runner.ok(result);
    } catch (const std::bad_alloc&) {
      runner.fail("std::bad_alloc", true);
    } catch (const std::exception& e) {
      runner.fail(std::string("exception: ") + e.what(), false);
    } catch (...) {
      runner.fail("unknown exception", false);
    }
  }
}
`;
}

function compileCommand(ctx: LanguageContext): string[] {
  if (!ctx.toolchain.gpp) throw new Error('g++ not found');
  return [
    ctx.toolchain.gpp,
    STANDARD,
    OPTIMIZE,
    '-pipe',
    '-fmax-errors=20',
    '-include',
    `${ctx.paths.cache}/codemeet_prelude.h`,
    '-o',
    `${ctx.paths.box}/main`,
    `${ctx.paths.box}/main.cpp`,
  ];
}

const CPP_ENV = { HOME: '/tmp', LANG: 'C.UTF-8', TMPDIR: '/tmp' };

export const cpp: Language = {
  id: 'cpp',
  displayName: 'C++17',
  aliases: ['cpp', 'c++', 'c++17', 'cpp17', 'cxx'],
  requires: ['gpp'],
  cacheVersion: `${PRELUDE}\n${STANDARD} ${OPTIMIZE}`,
  limitAddressSpace: true,
  outOfMemory: /std::bad_alloc/,
  program(code: string, ctx: LanguageContext): Program {
    return {
      files: [{ name: 'main.cpp', content: code }],
      compile: { argv: compileCommand(ctx), env: CPP_ENV },
      run: { argv: [`${ctx.paths.box}/main`], env: CPP_ENV },
    };
  },
  harness(code: string, problem: ProblemSpec, ctx: LanguageContext): Program {
    return {
      files: [
        { name: 'solution.cpp', content: code },
        { name: 'main.cpp', content: harnessSource(problem) },
      ],
      compile: { argv: compileCommand(ctx), env: CPP_ENV },
      run: { argv: [`${ctx.paths.box}/main`], env: CPP_ENV },
    };
  },
  async prepare({ cacheDir, toolchain }) {
    const gpp = toolchain.gpp;
    if (!gpp) throw new Error('g++ not found');
    const header = path.join(cacheDir, 'codemeet_prelude.h');
    await fsp.writeFile(header, PRELUDE, { mode: 0o644 });
    // Same standard and optimisation flags as every compile, or g++ ignores the PCH.
    await new Promise<void>((resolve, reject) => {
      const child = spawn(gpp, [STANDARD, OPTIMIZE, '-x', 'c++-header', header, '-o', `${header}.gch`], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`PCH build failed: ${stderr.slice(0, 2000)}`))));
    });
    await fsp.chmod(`${header}.gch`, 0o644);
  },
};
