#!/bin/bash
# kloudlite__api: nothing to fix. As the label notes say, go build ./...
# builds every package except the stale generated mocks
# grpc-interfaces/kloudlite.io/rpc/comms/mocks and
# grpc-interfaces/kloudlite.io/rpc/console/mocks (undefined types of the
# regenerated gRPC packages; no MongoDB code). Those never built and were
# accepted when the labels were scored, so checkout.sh's FAIL for these two
# packages only is expected ("OK with known errors"); go build ./apps/...
# ./pkg/... ./common/... succeeds. The repository's code is left as it is.
set -euo pipefail
