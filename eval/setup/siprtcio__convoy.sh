#!/bin/bash
# Build fix for siprtcio/convoy (see the label file's notes).
# - The module proxy refuses github.com/hibiken/asynq/x@v0.0.0-20230106040302-cc777ebdaa62
#   (403). As when the labels were made, go.mod gets a replace of that module
#   with its directory x/ extracted from the fetched mirror (github:hibiken/asynq)
#   at commit cc777ebdaa62 (then ./.deps/asynq-x, now under $SRC/_deps).
#   No .go file is changed.
set -euo pipefail
dir=$("$SETUP/dep.sh" hibiken/asynq cc777ebdaa62)
go mod edit -replace github.com/hibiken/asynq/x="$dir/x"
