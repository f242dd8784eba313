#!/bin/bash
# Kiyosh31__e-commerce-microservice: github.com/Kiyosh31/e-commerce-microservice-common
# v1.0.36 is refused by the Go module proxy (403), so, as the label notes
# describe, it is replaced in customer-service/go.mod by the fetched mirror
# github.com/Kiyosh31/e-commerce-microservice-common at tag v1.0.36. The build
# runs in the repository's go.work workspace (go may extend go.work.sum); no
# .go file is changed.
set -euo pipefail
common=$("$SETUP/dep.sh" Kiyosh31/e-commerce-microservice-common v1.0.36)
go mod edit -replace github.com/Kiyosh31/e-commerce-microservice-common="$common"
