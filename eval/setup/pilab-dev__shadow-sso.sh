#!/bin/bash
# Why: go.mod requires
# go.opentelemetry.io/contrib/instrumentation/go.mongodb.org/mongo-driver/v2/mongo/otelmongo
# at the pseudo-version v0.0.0-20250626051350-6460d89aca7d, which the Go module
# proxy refuses. As the label notes say, the module is taken instead from
# open-telemetry/opentelemetry-go-contrib at that commit (6460d89aca7d), through
# a replace to the directory of the fetched mirror (fetch
# github:open-telemetry/opentelemetry-go-contrib first). Go files are unchanged.
set -euo pipefail
dir=$("$SETUP/dep.sh" open-telemetry/opentelemetry-go-contrib 6460d89aca7d20550f344f6182b506866857bb6f)
go mod edit -replace "go.opentelemetry.io/contrib/instrumentation/go.mongodb.org/mongo-driver/v2/mongo/otelmongo=$dir/instrumentation/go.mongodb.org/mongo-driver/v2/mongo/otelmongo"
