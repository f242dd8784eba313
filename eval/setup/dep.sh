#!/bin/bash
# dep.sh writes one commit of a fetched mirror into $SRC/_deps and prints
# the directory, for the replaces of eval/setup/owner__name.sh:
#
#	dir=$("$SETUP/dep.sh" owner/name commit)
#	go mod edit -replace example.com/mod="$dir/sub/dir"
#
# The mirror must have been fetched (the search tool's fetch of
# github:owner/name). An existing directory is reused.
set -euo pipefail
SRC=${SRC:-/work/eval-src}
MIRRORS=${MIRRORS:-/work/.mirror}
[[ $# == 2 ]] || { echo "usage: $0 owner/name commit" >&2; exit 2; }
mirror=$MIRRORS/${1/\//+}/repo
[[ -d $mirror/.git ]] && mirror=$mirror/.git
full=$(git --git-dir="$mirror" rev-parse --verify "$2^{commit}") ||
	{ echo "dep.sh: $2 is not in $mirror (fetch github:$1 first)" >&2; exit 1; }
dest=$SRC/_deps/${1/\//__}@${full:0:12}
if [[ ! -d $dest ]]; then
	rm -rf "$dest.part"
	mkdir -p "$dest.part"
	. "$(dirname "$0")/tree.sh"
	writetree "$mirror" "$full" "$dest.part"
	mv "$dest.part" "$dest"
fi
echo "$dest"
