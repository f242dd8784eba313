package plugin

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// ErrBothEnabled is the error (wrapped with the linter names) that an
// analyzer of the plugin returns when the umbrella linter and a
// per-analyzer linter have both analyzed packages in this process.
var ErrBothEnabled = errors.New("the umbrella linter cryptolint and per-analyzer linters are both enabled")

// runs is the process-wide record of the linters whose analyzers ran.
//
// golangci-lint constructs every linter configured under
// linters.settings.custom (and calls its BuildAnalyzers) whether or not it
// is enabled, so construction cannot tell "enabled" from "configured". Only
// enabled linters' analyzers run, so the record is kept when they do.
var runs = newRunLog()

// runLog records which linters have started an analyzer run.
type runLog struct {
	mu  sync.Mutex
	ran map[string]bool
}

// newRunLog returns an empty record.
func newRunLog() *runLog {
	return &runLog{ran: make(map[string]bool)}
}

// started records that linter runs an analyzer, and returns an error
// wrapping [ErrBothEnabled] if the umbrella and a per-analyzer linter have
// both run. The record is taken under a lock, so whichever of two
// conflicting linters comes second fails, whatever the scheduling.
func (l *runLog) started(linter string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ran[linter] = true
	if !l.ran[Umbrella] || len(l.ran) == 1 {
		return nil
	}
	var per []string
	for name := range l.ran {
		if name != Umbrella {
			per = append(per, name)
		}
	}
	slices.Sort(per)
	return fmt.Errorf("%w (%s and %s ran): enable either %s, which runs every analyzer, or per-analyzer linters (%s), not both; "+
		"under default: standard every linter configured in linters.settings.custom is enabled, so configure only those you enable",
		ErrBothEnabled, Umbrella, joinNames(per), Umbrella, joinNames(Linters()[1:]))
}

// joinNames returns names separated by commas.
func joinNames(names []string) string {
	return strings.Join(names, ", ")
}
