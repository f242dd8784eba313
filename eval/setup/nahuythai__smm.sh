#!/bin/bash
# Build notes for nahuythai/smm (see the label file's notes). Nothing needs
# fixing; this script only records the known errors, accepted when the
# labels were scored: go build ./... compiles every package but fails to
# link cmd/server (github.com/bytedance/sonic v1.11.2 pulls
# encoding/json.safeSet by linkname, which go1.26 rejects) and cmd/index
# (package main without func main). go build ./internal/... ./pkg/...
# succeeds.
set -euo pipefail
