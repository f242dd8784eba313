#!/bin/bash
# Build fix for KwobiaMtech/siha-backend (see the label file's notes).
# - github.com/stellar/go@v0.0.0-20251016201642-d3f17213d0ac is refused by
#   the Go module proxy (403). As when the labels were made, it is served from a
#   local file GOPROXY built from the fetched mirror (github:stellar/go) at
#   that commit, so go.mod and go.sum stay unchanged: the module zip is
#   written here from the mirror (nested module exp/services/market-tracker
#   left out, as module zips do) and go mod download checks it against the
#   h1 hash in go.sum and puts it into the module cache.
# - Known error, accepted when the labels were scored: go build ./... fails
#   only on test/, which mixes package test (_test files) and package main
#   harness files; go build . ./internal/... ./scripts/... succeeds.
set -euo pipefail
"$SETUP/localproxy.sh" stellar/go d3f17213d0ac7024abb2bc2ea2fa15ee276a0a0e github.com/stellar/go v0.0.0-20251016201642-d3f17213d0ac 2025-10-16T20:16:42Z
