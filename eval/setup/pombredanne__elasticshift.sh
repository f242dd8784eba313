#!/bin/bash
# pombredanne__elasticshift, as the label notes describe: the repository's
# go.sum holds a stale hash for github.com/docker/docker v1.13.1, which the
# go command rejects (checksum mismatch, SECURITY ERROR). That one line is
# replaced by the hash of what the module proxy serves (also what
# sum.golang.org records). Nothing else is changed.
set -euo pipefail
old='github.com/docker/docker v1.13.1 h1:5VBhsO6ckUxB0A8CE5LlUJdXzik9cbEbBTQ/ggeml7M='
new='github.com/docker/docker v1.13.1 h1:IkZjBSIc8hBjLpqeAbeE5mca5mNgeatLHBy3GO78BWo='
grep -qxF "$old" go.sum
sed -i "s|^$old\$|$new|" go.sum
grep -qxF "$new" go.sum
