#!/usr/bin/env bash
# Benchmarks cryptolint against its floor, go vet and gosec on real and
# generated modules, and prints a Markdown table of medians (docs/performance.md).
# Not part of .ci/run: it takes 10-30 minutes. Needs only Go and the module
# proxy; gosec is installed at a pinned version if the proxy serves it.
#
#   bench/run.sh [-n RUNS] [-w WORKDIR] [-q] [-c CORPORA]
#   (-q: skip the 500k-line module; -c: only these comma-separated corpora,
#   e.g. -c driver-v2)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=3
work=${TMPDIR:-/tmp}/cryptolint-bench
quick=0
only=""
while getopts "n:w:qc:" opt; do
	case $opt in
	n) runs=$OPTARG ;;
	w) work=$OPTARG ;;
	q) quick=1 ;;
	c) only=",$OPTARG," ;;
	*) echo "usage: bench/run.sh [-n RUNS] [-w WORKDIR] [-q] [-c CORPORA]" >&2; exit 2 ;;
	esac
done
mkdir -p "$work/bin"
export GOWORK=off GOFLAGS=-mod=mod

echo "# building tools" >&2
go build -o "$work/bin/cryptolint" ./cmd/cryptolint
go build -o "$work/bin/noop" ./bench/noop
gosec=""
if GOBIN="$work/bin" go install github.com/securego/gosec/v2/cmd/gosec@v2.30.0 >/dev/null 2>&1; then
	gosec="$work/bin/gosec"
else
	echo "# gosec v2.30.0 not available from the module proxy: its rows are left out" >&2
fi

# corpus NAME DIR: prepare a module directory.
modcopy() { # module@version -> directory copy of the module (writable, no go.work)
	local dir
	dir=$(go mod download -json "$1" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	rm -rf "$2" && cp -r "$dir" "$2" && chmod -R u+w "$2" && rm -f "$2/go.work"
	(cd "$2" && go mod tidy >/dev/null 2>&1 || true)
}
echo "# preparing corpora in $work" >&2
corpora=()
modcopy go.mongodb.org/mongo-driver/v2@v2.10.0 "$work/driver-v2" && corpora+=("driver-v2")
modcopy github.com/qiniu/qmgo@v1.1.10 "$work/qmgo" && corpora+=("qmgo")
modcopy github.com/kamva/mgm/v3@v3.5.0 "$work/mgm" && corpora+=("mgm")
sizes="10000 100000"
[ "$quick" = 1 ] || sizes="$sizes 500000"
for n in $sizes; do
	d="$work/gen-$((n / 1000))k"
	if [ ! -d "$d" ]; then
		go run ./bench/gen -o "$d" -lines "$n"
		(cd "$d" && go mod tidy >/dev/null 2>&1)
	fi
	corpora+=("gen-$((n / 1000))k")
done

# measure DIR LABEL CMD...: median wall s, CPU s (user+sys), peak RSS MiB of RUNS runs.
measure() {
	local dir=$1 label=$2
	shift 2
	local out="$work/times.txt"
	: >"$out"
	for _ in $(seq "$runs"); do
		if [ -n "${SETUP:-}" ]; then # untimed preparation of each run
			(cd "$dir" && eval "$SETUP") >/dev/null 2>&1 || true
		fi
		(cd "$dir" && /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1 || true)
		cat "$work/t" | tail -1 >>"$out"
	done
	local wall cpu mem
	wall=$(awk '{print $1}' "$out" | median)
	cpu=$(awk '{print $2 + $3}' "$out" | median)
	mem=$(awk '{print $4 / 1024}' "$out" | median)
	printf "| %s | %.2f | %.2f | %.0f |\n" "$label" "$wall" "$cpu" "$mem"
}

# median prints the median of the numbers on standard input, one a line.
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

lines() { find "$1" -name '*.go' ! -name '*_test.go' ! -path '*/testdata/*' -print0 | xargs -0 cat | wc -l; }

echo "| corpus / run | wall s | CPU s | peak MiB |"
echo "|---|---|---|---|"
for c in "${corpora[@]}"; do
	if [ -n "$only" ] && [[ "$only" != *",$c,"* ]]; then
		continue
	fi
	dir="$work/$c"
	(cd "$dir" && go build ./... >/dev/null 2>&1 || true) # warm the build cache
	echo "| **$c** ($(lines "$dir") lines, $(cd "$dir" && go list ./... 2>/dev/null | wc -l) packages) | | | |"
	measure "$dir" "floor: no-op analyzer" "$work/bin/noop" ./...
	measure "$dir" "floor: no-op analyzer, no test packages" "$work/bin/noop" -test=false ./...
	measure "$dir" "floor: no-op analyzer with a fact type" "$work/bin/noop" -fact ./...
	measure "$dir" "cryptolint ./..." "$work/bin/cryptolint" ./...
	# go vet caches a package's result when the tool exits 0. A flag that
	# changes nothing but differs on every run ($$, the shell's PID) gives
	# a new cache key, forcing analysis without rebuilding anything. The
	# second run repeats one command: the first of its runs fills the cache,
	# the median is a cached run (packages with findings are analyzed again).
	measure "$dir" "go vet ./... (default analyzers, not cached)" sh -c 'go vet -printf.funcs=benchrun$$ ./...'
	measure "$dir" "go vet -vettool=cryptolint, first run" sh -c "go vet -vettool=$work/bin/cryptolint -plaintextsecret.sinks=example.com/bench.F\$\$:0 ./..."
	measure "$dir" "go vet -vettool=cryptolint, second run, no change" go vet -vettool="$work/bin/cryptolint" ./...
	if [ -n "$gosec" ]; then
		measure "$dir" "gosec v2.30.0, crypto/TLS/secret rules" "$gosec" -quiet -exclude-dir=testdata -include=G101,G401,G402,G403,G404,G405,G406,G407,G501,G502,G503,G504,G505,G506,G507 ./...
	fi
done
