#!/usr/bin/env bash
# Debian packages the test suite needs: PostgreSQL (the second database leg), Chromium (browser
# tests), bubblewrap (the code sandbox) and the toolchains the sandbox judges (python3, JDK 17, g++).
set -euo pipefail
packages=(postgresql chromium bubblewrap python3 openjdk-17-jdk-headless g++)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
