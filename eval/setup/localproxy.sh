#!/bin/bash
# localproxy.sh serves one module version the Go module proxy refuses from
# a fetched mirror, through a file GOPROXY in $SRC/_deps/goproxy, and
# downloads it into the module cache, where go.sum's hash checks it:
#
#	"$SETUP/localproxy.sh" owner/name commit module version time
#
# The module zip is written from the mirror's commit as the go command
# writes module zips (nested modules and vendored subdirectories left
# out); time is the version's commit time for its .info file. go.mod and
# go.sum of the checkout stay unchanged.
set -euo pipefail
[[ $# == 5 ]] || { echo "usage: $0 owner/name commit module version time" >&2; exit 2; }
repo=$1 commit=$2 mod=$3 ver=$4 time=$5
SRC=${SRC:-/work/eval-src}
MIRRORS=${MIRRORS:-/work/.mirror}
mirror=$MIRRORS/${repo/\//+}/repo
[[ -d $mirror/.git ]] && mirror=$mirror/.git
git --git-dir="$mirror" cat-file -e "$commit^{commit}" ||
	{ echo "fetch github:$repo first" >&2; exit 1; }
proxy=$SRC/_deps/goproxy
dir=$proxy/$mod/@v
if [[ ! -f $dir/$ver.zip ]]; then
	mkdir -p "$dir"
	git --git-dir="$mirror" show "$commit:go.mod" >"$dir/$ver.mod"
	printf '{"Version":"%s","Time":"%s"}\n' "$ver" "$time" >"$dir/$ver.info"
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
