#!/usr/bin/env bash
# A real client for the kernel: Debian's classic Notebook (jupyter-notebook 6.4.12) in headless Chromium opens a copy of
# notebook 03, runs all cells and checks tables and charts drawn, the completion popup and the Shift-Tab documentation
# (tests/EGov.Tests/Kernel/ClassicNotebookClientTests.cs). The server gets a private JUPYTER_* environment (a temporary
# folder), a random token and 127.0.0.1 only. Builds the tests if needed; installs jupyter-notebook and chromium if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v jupyter-notebook >/dev/null || ! command -v chromium >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq jupyter-notebook chromium >/dev/null
fi
EGOV_NOTEBOOK_CLIENT=1 dotnet test tests/EGov.Tests -c Release --filter "FullyQualifiedName~ClassicNotebookClientTests" --logger "console;verbosity=normal"
