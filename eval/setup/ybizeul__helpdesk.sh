#!/bin/bash
# ybizeul__helpdesk builds as it is, with one known error that the label
# notes record: cmd/helpdesk embeds the frontend build output (//go:embed
# dist), which is not in the repository, so `go build ./...` fails in
# cmd/helpdesk only ("pattern dist: no matching files found"). The labels
# were scored with that package not building; cmd/helpdesk has no MongoDB
# writes, and internal/... and cmd/mockseed build. Nothing is changed here.
set -euo pipefail
