#!/bin/bash
# generative-xyz__generative-xyz-moderator, as the label notes describe:
# - The Go module proxy refuses inet.af/netaddr (403), so go.mod gets a replace
#   of it by the inetaf/netaddr mirror at the pinned commit 097006376321
#   (the labelled checkout had the same source under ./.deps/netaddr).
# - Known error, accepted when the labels were scored: go build ./... fails
#   only in internal/delivery/crontab_btc, whose upstream code calls usecase
#   methods that are commented out at this commit. Every other package,
#   including all labelled ones, compiles. No repository code is changed.
set -euo pipefail
dir=$("$SETUP/dep.sh" inetaf/netaddr 09700637632167e91519bf5930d7ad004b796156)
go mod edit -replace inet.af/netaddr="$dir"
