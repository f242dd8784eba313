#!/bin/bash
# yanshicheng__kube-nova: github.com/fluxcd/flagger v1.42.0 is refused by the
# Go module proxy (the label notes record the refused go mod download), so it
# is replaced by the fetched mirror github.com/fluxcd/flagger at tag v1.42.0,
# which lets go build ./... cover the whole module rather than only the
# application/devops-*-rpc services. No .go file is changed.
set -euo pipefail
flagger=$("$SETUP/dep.sh" fluxcd/flagger v1.42.0)
go mod edit -replace github.com/fluxcd/flagger="$flagger"
