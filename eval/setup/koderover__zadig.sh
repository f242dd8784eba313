#!/bin/bash
# koderover__zadig, as the label notes describe: the Go module proxy refuses
# two dependencies, so go.mod gets local replaces by the fetched mirrors at
# the pinned commits:
# - gitee.com/openeuler/go-gitee => openeuler-mirror/go-gitee@3af895bc380c
# - github.com/dexidp/dex        => dexidp/dex@204dbb2e3ff7
set -euo pipefail
gitee=$("$SETUP/dep.sh" openeuler-mirror/go-gitee 3af895bc380c6f949930a21b9d809ec94b2160cc)
dex=$("$SETUP/dep.sh" dexidp/dex 204dbb2e3ff7692af3b7ca4362b1ee46fb43c227)
go mod edit -replace gitee.com/openeuler/go-gitee="$gitee" \
	-replace github.com/dexidp/dex="$dex"
