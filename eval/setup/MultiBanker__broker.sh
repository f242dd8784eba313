#!/bin/bash
# MultiBanker__broker: nothing to fix. As the label notes say, go build ./...
# fails at the labelled commit in packages that never built and are outside
# the labelled scope (no MongoDB calls): swagger/admin and swagger/users
# (generated docs need a newer swag: undefined swag.Spec) and
# src/servers/adminhttp/resources/broker (undefined loan.NewResource), hence
# also src/servers/adminhttp and src/app, which import it. Type errors there
# were accepted when the labels were scored, so checkout.sh's FAIL for these
# packages only is expected ("OK with known errors"). Every other package
# builds; the repository's code is left as it is.
set -euo pipefail
