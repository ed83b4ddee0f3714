#!/usr/bin/env bash
# Debian packages CodeMeet needs beyond Node.js, in two sets:
#   run  — what the app itself uses: bubblewrap (the code sandbox), python3-seccomp (libseccomp,
#          which builds the sandbox's seccomp filter) and the toolchains it judges (python3,
#          JDK 17, g++; JavaScript and TypeScript run on the machine's Node.js)
#   test — run, plus PostgreSQL (the second database leg), Chromium (browser tests),
#          poppler-utils (pdftotext reads the résumé PDF back in tests) and fonts-noto-cjk (Chinese
#          in the screenshots and the browser walk)
# Usage: bash scripts/install-system-deps.sh [run|test]   (default: test)
set -euo pipefail
set_name="${1:-test}"
run_packages=(bubblewrap python3 python3-seccomp openjdk-17-jdk-headless g++)
case "$set_name" in
  run) packages=("${run_packages[@]}") ;;
  test) packages=("${run_packages[@]}" postgresql chromium poppler-utils fonts-noto-cjk) ;;
  *)
    echo "usage: $0 [run|test]" >&2
    exit 2
    ;;
esac
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages ($set_name): all present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing ($set_name): ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
