#!/bin/bash
# Why: the Go module proxy refuses several xraph modules that go.mod requires:
# chronicle, herald, keysmith, warden, ledger and vault at v1.6.0 (no such tag
# in their repositories), and forge v1.9.2, relay v1.6.0 and dispatch v1.6.0
# (.info/.zip 403). As the label notes say, go.mod gets replace directives to
# checkouts in $SRC/_deps: forge at tag v1.9.2, the others at the mirror HEAD
# (older than the required versions; the commits are pinned below). Fetch
# github:xraph/<name> for each of them first.
# forge v1.9.2: the fetched mirror lacks one blob,
# extensions/dashboard/contract/shell/dist/assets/index-DmycshhM.js.map (a
# source map of the built dashboard, not Go), on which dep.sh stops, so its
# tree is written here the way dep.sh does it, and that one file is replaced
# by a stub (an empty source map), as was done when the labels were made.
# Go files of the repository are unchanged.
set -euo pipefail

forge_commit=b72ad0c2433ad949ff4eb1fadec902f4941009bc # tag v1.9.2
forge_missing=extensions/dashboard/contract/shell/dist/assets/index-DmycshhM.js.map
forge=$SRC/_deps/xraph__forge@${forge_commit:0:12}
if [[ ! -d $forge ]]; then
	mirror=$MIRRORS/xraph+forge/repo
	[[ -d $mirror/.git ]] && mirror=$mirror/.git
	git --git-dir="$mirror" cat-file -e "$forge_commit^{commit}"
	rm -rf "$forge.part"
	mkdir -p "$forge.part"
	idx=$(mktemp)
	GIT_INDEX_FILE=$idx git --git-dir="$mirror" --work-tree="$forge.part" read-tree "$forge_commit"
	GIT_INDEX_FILE=$idx git --git-dir="$mirror" --work-tree="$forge.part" checkout-index -a -f || true
	rm -f "$idx"
	[[ -e $forge.part/$forge_missing ]] ||
		printf '{"version":3,"sources":[],"names":[],"mappings":""}\n' > "$forge.part/$forge_missing"
	# Any other file missing is an error.
	git --git-dir="$mirror" ls-tree -r --name-only "$forge_commit" | while IFS= read -r f; do
		[[ -e $forge.part/$f || -L $forge.part/$f ]] || { echo "forge: $f not written" >&2; exit 1; }
	done
	mv "$forge.part" "$forge"
fi
go mod edit -replace "github.com/xraph/forge=$forge"

while read -r name commit; do
	dir=$("$SETUP/dep.sh" "xraph/$name" "$commit")
	go mod edit -replace "github.com/xraph/$name=$dir"
done <<'DEPS'
chronicle 43b70a2534318427a6e639226710cff91b8c30ee
herald 1aa0a22f60316fdbffdf7c4609a9d4f3765b5d90
keysmith 8928b92a4278454bbeb63182323a2b7acb14359d
warden ef0cb637a4082bc40b514a738cec7a62188670d2
ledger 7112ec345ca9df4292cf4cb1a30b582c7aac3b3e
vault ea3545f49d76aedd0172873fc22f76d968d42d02
relay a618ef1ba16b11445546e802fed8f31f2289c38a
dispatch 6f7dda7f5e5403720dd658f7b437c1f768ba7648
DEPS
