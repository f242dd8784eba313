#!/bin/bash
# Build fix for ProtocolONE/auth1.protocol.one (see the label file's notes).
# - github.com/micro/go-micro@v1.18.0 requires github.com/micro/protoc-gen-micro
#   v1.0.0, and the module proxy refuses it (403); replace it with the
#   fetched mirror (github:micro/protoc-gen-micro) at tag v1.0.0.
# - github.com/asim/go-bson@v0.0.0-20160318195205-84522947cabd (in the module
#   graph through go-micro/go-plugins) is refused by the proxy too (403);
#   replace it with the fetched mirror (github:asim/go-bson) at that commit.
#   That commit predates modules and has no go.mod, which a replacement
#   directory must have, so a one-line go.mod naming the module is written
#   into the extracted copy under $SRC/_deps (the proxy also synthesizes such
#   a go.mod for modules without one).
# - go.sum is then completed by checkout.sh's go list -mod=mod, as the notes
#   say was done (go build -mod=mod). No .go file is changed.
set -euo pipefail
gen=$("$SETUP/dep.sh" micro/protoc-gen-micro v1.0.0)
bson=$("$SETUP/dep.sh" asim/go-bson 84522947cabd)
[[ -f $bson/go.mod ]] || printf 'module github.com/asim/go-bson\n' >"$bson/go.mod"
go mod edit -replace github.com/micro/protoc-gen-micro@v1.0.0="$gen"
go mod edit -replace github.com/asim/go-bson@v0.0.0-20160318195205-84522947cabd="$bson"
