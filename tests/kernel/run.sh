#!/usr/bin/env bash
# The kernel under jupyter_kernel_test 0.7.0 and the project's own protocol samples (tests/kernel/test_egov_kernel.py).
# Needs a Release build (dotnet build EGov.slnx -c Release) and Debian's python3-jupyter-client and python3-jsonschema.
# Everything Jupyter writes (kernelspec, connection files, config) and the kernel's history go to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export JUPYTER_DATA_DIR="$tmp/data" JUPYTER_RUNTIME_DIR="$tmp/runtime" JUPYTER_CONFIG_DIR="$tmp/config" XDG_DATA_HOME="$tmp/xdg" \
       JUPYTER_PLATFORM_DIRS=1 IPYTHONDIR="$tmp/ipython"
export EGOV_KERNEL_NAME="egov-kernel-test" EGOV_LIBRARY_DLL="$root/lib/EGov/bin/notebook/EGov.dll"
dotnet lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll kernel install --name "$EGOV_KERNEL_NAME" >/dev/null
cd tests/kernel
# The Python that runs `jupyter` (Debian's), which has jupyter_client: not whatever python3 comes first on PATH.
python=$(head -1 "$(command -v jupyter)" | sed 's/^#! *//; s/ .*//')
# The reference tests first (they store the history the protocol tests read back from an earlier session).
"$python" -m unittest -v test_egov_kernel.EGovKernelTests test_egov_kernel.EGovProtocolTests "$@"
