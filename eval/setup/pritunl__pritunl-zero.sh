#!/bin/bash
# Why: the MongoDB driver is the fork github.com/pritunl/mongo-go-driver/v2
# v2.3.0, which the Go module proxy refuses (403). When the labels were made it
# was placed in the module cache from the fork's v2.3.0 tag (its h1 hash
# matches go.sum); here the same tree (tag v2.3.0, commit 465aef769508) comes
# from the fetched mirror (fetch github:pritunl/mongo-go-driver first) through
# a replace. Go files are unchanged.
set -euo pipefail
dir=$("$SETUP/dep.sh" pritunl/mongo-go-driver 465aef7695083c711b2221d86511c85bf685e520)
go mod edit -replace "github.com/pritunl/mongo-go-driver/v2=$dir"
