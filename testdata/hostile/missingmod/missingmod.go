// Package missingmod imports a module that is not in go.mod.
package missingmod

import _ "example.org/not/a/module"
