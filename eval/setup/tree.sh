# tree.sh is sourced by checkout.sh and dep.sh: writetree MIRROR COMMIT DEST
# writes a commit's tree into DEST. Some mirrors lack the blobs of large or
# generated files (binaries, bundled JavaScript, data files): then every
# blob there is gets written, and it fails only when a Go source file, a
# go.mod or a go.sum is missing, which would change what is analyzed.
writetree() {
	local mirror=$1 commit=$2 dest=$3 idx
	idx=$(mktemp)
	if GIT_INDEX_FILE=$idx git --git-dir="$mirror" --work-tree="$dest" read-tree "$commit" &&
		GIT_INDEX_FILE=$idx git --git-dir="$mirror" --work-tree="$dest" checkout-index -a -f 2>/dev/null; then
		rm -f "$idx"
		return 0
	fi
	rm -f "$idx"
	local line meta path mode type sha missing=0
	while IFS= read -r -d '' line; do
		meta=${line%%$'\t'*} path=${line#*$'\t'}
		read -r mode type sha <<<"$meta"
		[[ $type == blob ]] || continue # a submodule
		mkdir -p "$dest/$(dirname "$path")"
		if [[ $mode == 120000 ]]; then
			ln -sfn "$(git --git-dir="$mirror" cat-file blob "$sha" 2>/dev/null)" "$dest/$path" || true
			continue
		fi
		if ! git --git-dir="$mirror" cat-file blob "$sha" >"$dest/$path" 2>/dev/null; then
			rm -f "$dest/$path"
			case $path in
			*.go | go.mod | */go.mod | go.sum | */go.sum)
				echo "writetree: $path ($sha) is missing from $mirror" >&2
				missing=1
				;;
			esac
			continue
		fi
		[[ $mode == 100755 ]] && chmod +x "$dest/$path"
	done < <(git --git-dir="$mirror" ls-tree -r -z "$commit")
	return $missing
}
