#!/bin/bash
# Build fix for KwobiaMtech/siha-backend (see the label file's notes).
# - github.com/stellar/go@v0.0.0-20251016201642-d3f17213d0ac is refused by
#   proxy.golang.org (403). As when the labels were made, it is served from a
#   local file GOPROXY built from the fetched mirror (github:stellar/go) at
#   that commit, so go.mod and go.sum stay unchanged: the module zip is
#   written here from the mirror (nested module exp/services/market-tracker
#   left out, as module zips do) and go mod download checks it against the
#   h1 hash in go.sum and puts it into the module cache.
# - Known error, accepted when the labels were scored: go build ./... fails
#   only on test/, which mixes package test (_test files) and package main
#   harness files; go build . ./internal/... ./scripts/... succeeds.
set -euo pipefail
mod=github.com/stellar/go
ver=v0.0.0-20251016201642-d3f17213d0ac
commit=d3f17213d0ac7024abb2bc2ea2fa15ee276a0a0e
mirror=$MIRRORS/stellar+go/repo
[[ -d $mirror/.git ]] && mirror=$mirror/.git
git --git-dir="$mirror" cat-file -e "$commit^{commit}" ||
	{ echo "fetch github:stellar/go first" >&2; exit 1; }
proxy=$SRC/_deps/goproxy
dir=$proxy/$mod/@v
if [[ ! -f $dir/$ver.zip ]]; then
	mkdir -p "$dir"
	git --git-dir="$mirror" show "$commit:go.mod" >"$dir/$ver.mod"
	printf '{"Version":"%s","Time":"2025-10-16T20:16:42Z"}\n' "$ver" >"$dir/$ver.info"
	python3 - "$mirror" "$commit" "$mod@$ver" "$dir/$ver.zip.part" <<'PY'
import subprocess, sys, zipfile
gitdir, commit, prefix, out = sys.argv[1:5]
ents = []
for e in subprocess.check_output(['git', '--git-dir', gitdir, 'ls-tree', '-r', '-z', commit]).split(b'\0'):
    if e:
        meta, name = e.split(b'\t', 1)
        mode, _, sha = meta.decode().split()
        ents.append((mode, sha, name.decode()))
subs = [n[:-len('go.mod')] for _, _, n in ents if n.endswith('/go.mod')]
def keep(n, mode):
    if mode not in ('100644', '100755') or any(n.startswith(s) for s in subs):
        return False
    i = len('vendor/') if n.startswith('vendor/') else (n.index('/vendor/') + 8 if '/vendor/' in n else None)
    return i is None or '/' not in n[i:]
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for mode, sha, n in ents:
        if keep(n, mode):
            z.writestr(prefix + '/' + n, subprocess.check_output(['git', '--git-dir', gitdir, 'cat-file', 'blob', sha]))
PY
	mv "$dir/$ver.zip.part" "$dir/$ver.zip"
fi
flock "${LOCK:-/tmp/cryptolint-eval.lock}" env GOPROXY="file://$proxy,$(go env GOPROXY)" GONOSUMDB="$mod" go mod download "$mod@$ver"
