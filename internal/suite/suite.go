// Package suite owns the settings that hold for the whole suite of
// analyzers, not for one of them: the words that name sensitive data and
// the MongoDB driver modules. One [Settings] value is shared by the
// analyzers of one suite (cryptolint.NewAnalyzers), so that a word a team
// adds with -plaintextsecret.names, or a driver fork named with
// -plaintextsecret.drivers or -mongotls.drivers, counts for every analyzer
// that matches names or driver calls.
//
// The flags keep the names they had when plaintextsecret and mongotls
// owned the values: each analyzer that defines one of them defines it on
// the shared value.
package suite

import (
	"flag"
	"fmt"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/internal/config"
	"github.com/cryptolint/cryptolint/internal/mongoapi"
	"github.com/cryptolint/cryptolint/internal/names"
)

// Settings are the suite-wide settings. The zero value is not ready: use
// [New].
type Settings struct {
	// Names and Ignore are the words added to and removed from the
	// default sensitive-name dictionary.
	Names, Ignore names.WordList
	// Drivers are the MongoDB driver modules: the official ones plus
	// the forks the user names.
	Drivers mongoapi.Modules

	once    sync.Once
	matcher *names.Matcher
	err     error

	resolved sync.Map // *config.Config -> *resolvedEntry
}

// New returns settings at their defaults.
func New() *Settings {
	return new(Settings)
}

// NameFlags defines -names and -ignore on fs, the flags of plaintextsecret
// that set s.Names and s.Ignore.
func (s *Settings) NameFlags(fs *flag.FlagSet) {
	fs.Var(&s.Names, "names", "comma-separated words or phrases to treat as sensitive, each with an optional :category (password, credential, privatekey, personalid, financial), e.g. \"member number:personalid\"")
	fs.Var(&s.Ignore, "ignore", "comma-separated words or phrases to stop treating as sensitive, e.g. \"pin\"")
}

// DriversFlag defines -drivers on fs, which sets s.Drivers.
func (s *Settings) DriversFlag(fs *flag.FlagSet) {
	fs.Var(&s.Drivers, "drivers", "comma-separated module paths of MongoDB driver forks to treat like go.mongodb.org/mongo-driver(/v2)")
}

// Matcher returns the sensitive-name matcher built from Names and Ignore,
// once: the default dictionary when neither is set. Call it only after the
// flags are parsed.
func (s *Settings) Matcher() (*names.Matcher, error) {
	s.once.Do(func() {
		if len(s.Names) == 0 && len(s.Ignore) == 0 {
			s.matcher = names.Default()
			return
		}
		s.matcher, s.err = names.New(s.Names, s.Ignore)
		if s.err != nil {
			s.err = fmt.Errorf("-plaintextsecret.names/-plaintextsecret.ignore: %v", s.err)
		}
	})
	return s.matcher, s.err
}

// Resolved are the suite-wide settings that hold for the packages of one
// configuration ([config.Config]): the flags' words and driver modules,
// extended by the configuration files' (a list flag adds to the files'
// list, it does not replace it).
type Resolved struct {
	Matcher *names.Matcher
	Drivers *mongoapi.Modules
}

// resolvedEntry caches the Resolved of one configuration.
type resolvedEntry struct {
	once sync.Once
	r    *Resolved
	err  error
}

// For returns the settings for the packages that configuration c holds
// for, built once per configuration. Call it only after the flags are
// parsed.
func (s *Settings) For(c *config.Config) (*Resolved, error) {
	if len(c.Names) == 0 && len(c.Ignore) == 0 && len(c.Drivers) == 0 {
		c = config.Default // the flags alone: one value for every package
	}
	v, _ := s.resolved.LoadOrStore(c, new(resolvedEntry))
	e := v.(*resolvedEntry)
	e.once.Do(func() { e.r, e.err = s.resolve(c) })
	return e.r, e.err
}

// ForPass returns the configuration of the pass's package
// (.cryptolint.yaml files, config.ForPass) and the suite settings under
// it: the first step of every analyzer's run.
func (s *Settings) ForPass(p *analysis.Pass) (*config.Config, *Resolved, error) {
	cfg, err := config.ForPass(p)
	if err != nil {
		return nil, nil, err
	}
	res, err := s.For(cfg)
	if err != nil {
		return nil, nil, err
	}
	return cfg, res, nil
}

// resolve builds the settings for configuration c.
func (s *Settings) resolve(c *config.Config) (*Resolved, error) {
	if c == config.Default {
		m, err := s.Matcher()
		return &Resolved{Matcher: m, Drivers: &s.Drivers}, err
	}
	r := &Resolved{Drivers: new(mongoapi.Modules)}
	if err := r.Drivers.Set(s.Drivers.String()); err != nil {
		return nil, err
	}
	if err := r.Drivers.Set(strings.Join(c.Drivers, ",")); err != nil {
		return nil, err
	}
	if len(c.Names) == 0 && len(c.Ignore) == 0 {
		m, err := s.Matcher()
		r.Matcher = m
		return r, err
	}
	m, err := names.New(slices.Concat(c.Names, s.Names), slices.Concat(c.Ignore, s.Ignore))
	if err != nil {
		return nil, fmt.Errorf("names and ignore of %s with -plaintextsecret.names/-plaintextsecret.ignore: %v", strings.Join(c.Files, ", "), err)
	}
	r.Matcher = m
	return r, nil
}
