#!/bin/bash
# checkout.sh rebuilds the evaluation's checkouts on a new machine.
#
#	eval/setup/checkout.sh [-f] owner__name ...
#
# For each labelled repository it reads the commit and module directory from
# eval/labels/owner__name.tsv, writes that commit's tree into
# $SRC/owner__name (default /work/eval-src) from the git mirror that the
# search tool's fetch left in $MIRRORS/owner+name (default /work/.mirror),
# runs eval/setup/owner__name.sh in the module directory when there is one
# (the build fixes a label file's notes describe: replaces of modules the
# proxy refuses, and the like), downloads the modules and builds the
# module. Builds take a lock, so that helpers restoring checkouts side by
# side run one build at a time. An existing checkout is left alone unless
# -f is given. A fix script finds $SRC, $MIRRORS and $SETUP (this
# directory) in its environment; $SETUP/dep.sh gives it a mirror's commit
# to replace a module with. The last line for each repository says OK or FAIL.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
labels=$here/../labels
SRC=${SRC:-/work/eval-src}
MIRRORS=${MIRRORS:-/work/.mirror}
LOCK=${LOCK:-/tmp/cryptolint-eval.lock}
SETUP=$here
. "$here/tree.sh"
export SRC MIRRORS SETUP
force=0
if [[ "${1:-}" == -f ]]; then
	force=1
	shift
fi
[[ $# -gt 0 ]] || { echo "usage: $0 [-f] owner__name ..." >&2; exit 2; }
status=0
for key in "$@"; do
	key=${key%.tsv}
	key=${key##*/}
	file=$labels/$key.tsv
	if [[ ! -f $file ]]; then
		echo "$key: FAIL: no label file $file"
		status=1
		continue
	fi
	commit=$(sed -n 's/^# commit: *//p' "$file" | head -1)
	moddir=$(sed -n 's/^# module_dir: *//p' "$file" | head -1)
	mirror=$MIRRORS/${key/__/+}/repo
	[[ -d $mirror/.git ]] && mirror=$mirror/.git
	dest=$SRC/$key
	if [[ -d $dest && $force == 0 ]]; then
		echo "$key: OK (already there; -f to redo)"
		continue
	fi
	if ! git --git-dir="$mirror" cat-file -e "$commit^{commit}" 2>/dev/null; then
		echo "$key: FAIL: commit $commit is not in $mirror (fetch github:${key/__//} first)"
		status=1
		continue
	fi
	rm -rf "$dest"
	mkdir -p "$dest"
	if ! writetree "$mirror" "$commit" "$dest"; then
		echo "$key: FAIL: could not write the tree of $commit"
		status=1
		continue
	fi
	mod=$dest/$moddir
	if [[ -x $here/$key.sh ]]; then
		if ! (cd "$mod" && "$here/$key.sh"); then
			echo "$key: FAIL: $here/$key.sh failed"
			status=1
			continue
		fi
	fi
	# Build as cryptolint loads: with the module's own flags (its vendor
	# directory, when it has one). Sums missing from go.sum are added
	# first, as a go build -mod=mod would.
	if [[ ! -f $mod/vendor/modules.txt ]]; then
		(cd "$mod" && go mod download >/dev/null 2>&1)
		if ! (cd "$mod" && go list -deps ./... >/dev/null 2>&1); then
			(cd "$mod" && flock "$LOCK" env GOFLAGS=-mod=mod go list -deps ./... >/dev/null 2>&1)
		fi
	fi
	if ! out=$(cd "$mod" && flock "$LOCK" go build ./... 2>&1); then
		echo "$out" | tail -15
		echo "$key: FAIL: the module does not build (see above)"
		status=1
		continue
	fi
	echo "$key: OK"
done
exit $status
