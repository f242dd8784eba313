#!/bin/bash
# orvice__butter: three modules of go.mod are refused by the Go module proxy,
# so they are replaced as the label notes describe:
# - butterfly.orx.me/core by the fetched mirror github.com/butterfly-go/core at
#   a6971e20cd35 (the pseudo-version's commit);
# - github.com/ag-ui-protocol/ag-ui/sdks/community/go by that directory of the
#   fetched mirror github.com/ag-ui-protocol/ag-ui at 6691ac50b34a;
# - github.com/orvice/opencode-go (no mirror can be had) by the type-checking
#   stand-in in $SETUP/stubs/github.com/orvice/opencode-go, written from the
#   calls butter makes.
# The replaced modules' sums then come from go's own resolution (-mod=mod in
# checkout.sh); no .go file of the repository is changed.
set -euo pipefail
core=$("$SETUP/dep.sh" butterfly-go/core a6971e20cd35)
agui=$("$SETUP/dep.sh" ag-ui-protocol/ag-ui 6691ac50b34a)
go mod edit \
	-replace butterfly.orx.me/core="$core" \
	-replace github.com/ag-ui-protocol/ag-ui/sdks/community/go="$agui/sdks/community/go" \
	-replace github.com/orvice/opencode-go="$SETUP/stubs/github.com/orvice/opencode-go"
