// Package names decides whether an identifier or a document key names
// sensitive data — a secret, a credential or a personal identifier — that
// must not be stored in plaintext. Analyzers use it on struct field names
// (PasswordResetToken, APIKey), bson keys (api_key, x-api-key, reset.token,
// passwordresettoken), map keys and variable names.
//
// # Reading a name
//
// [Tokenize] splits a name into lower-case words at separators, case
// changes and digits. The [Matcher] then reads each word against its
// vocabulary: a known word (or its plural, or a spelling such as "no" for
// "number"); a known word followed by digits ("password2", "cvv2"); or a
// run-together word, as bson writes untagged fields, split into known words
// with the fewest pieces ("passwordresettoken" -> password reset token). A
// run-together word may also start with an unknown part when the rest
// starts with a strong word that no English word ends in: password,
// passwd, passphrase, passcode, secret, token ("mongopassword"). Anything
// else is an unknown word, so "spin", "compass" and "monkey" never contain
// "pin", "pass" or "key".
//
// # Matching
//
// A name matches when its words contain a dictionary entry (a phrase such as
// "api key") that no negator cancels. Negators are words saying that the
// value is not the secret itself. Most cancel an entry when they come
// anywhere after it (password_hash, APIKeyID, TokenExpiresAt, card_last4);
// protected forms, predicates and position tokens also cancel it from
// before (hashedPassword, EncryptedSSN, is_secret, ResumeToken). A negator
// inside the entry does not count, so "id" cancels api_key_id but not
// tax_id, which is an entry.
//
// When several entries match, the one ending last wins (the head of an
// English compound is its last word: PrivateKeyPassword is a password), and
// of those the longest ("password reset token" over "token").
//
// # Context
//
// [Matcher.MatchField] reads a struct field or document key with what
// surrounds it: the type declaring it, its sibling fields, its bson key and
// whether its value holds several strings. Generic names (Key, Value,
// Code) count only in a context that says what they hold (Certificate.Key,
// PasswordReset.Code, a Code beside Email and ExpiresAt), and a context can
// cancel a name that counts alone (Lexer.Token, a Key stored as "_key").
// Keys that address data (cache, object, sort, partition keys) and device
// tokens (an HSM token) are negators wherever they appear.
//
// Some choices: "token", "secret", "pin", "pass", "pwd" and "otp" match
// alone; "key", "id", "auth" and "code" do not. "token", "pin" and "pass"
// match only in the singular ("Tokens" is usually a count, "Pins" pinned
// items) while other entries match plurals too (RecoveryCodes, APIKeys,
// Passwords). "prefix", "hint" and "salt" are negators: a key prefix
// identifies a key without revealing it, as the last four digits do a card;
// a password hint and a salt are not secrets.
package names

import (
	"fmt"
	"strings"
	"sync"
)

// Category says what kind of sensitive data an entry names, which decides
// how callers accept it being protected.
type Category uint8

// The categories. The zero value is invalid.
const (
	// Password is a secret a user knows (password, passphrase, PIN); a
	// password hash protects it.
	Password Category = iota + 1
	// Credential is a bearer secret: tokens, API keys, one-time and
	// recovery codes, generic secrets. Hashing protects those the program
	// issues and later verifies.
	Credential
	// PrivateKey is key material the program must use in plaintext:
	// private, signing and encryption keys, OTP seeds, webhook secrets.
	// Only encryption protects it.
	PrivateKey
	// PersonalID is a government identifier: SSN, tax ID, passport number.
	PersonalID
	// Financial is payment data: card numbers, CVV, IBAN, account numbers.
	Financial
)

var categoryNames = [...]string{
	Password:   "password",
	Credential: "credential",
	PrivateKey: "privatekey",
	PersonalID: "personalid",
	Financial:  "financial",
}

// String returns the lower-case name that [ParseCategory] accepts.
func (c Category) String() string {
	if c >= Password && int(c) < len(categoryNames) {
		return categoryNames[c]
	}
	return fmt.Sprintf("Category(%d)", int(c))
}

// ParseCategory parses a category name as [Category.String] writes it,
// ignoring case, "-", "_" and spaces ("private-key", "Personal ID").
func ParseCategory(s string) (Category, error) {
	key := strings.Join(Tokenize(s), "")
	for c := Password; int(c) < len(categoryNames); c++ {
		if key == categoryNames[c] {
			return c, nil
		}
	}
	return 0, fmt.Errorf("unknown category %q (want password, credential, privatekey, personalid or financial)", s)
}

// Match describes why a name is sensitive.
type Match struct {
	// Entry is the dictionary entry found, words separated by spaces, in
	// canonical form: "api key", "password reset token".
	Entry string
	// Category is the entry's category.
	Category Category
	// Numeric reports that the value is often held in an integer type (card
	// numbers, CVVs, PINs, SSNs, one-time codes), so callers should not
	// look only at strings and byte slices.
	Numeric bool
	// Tokens are the words of the name as the matcher read them: lower
	// case, run-together words split ("passwordhash" -> password, hash).
	Tokens []string
}

// Matcher decides whether names are sensitive. It is immutable once built
// and safe for concurrent use.
type Matcher struct {
	trie    trie
	words   []wordInfo // by word ID
	entries []entry
	negs    []negator
}

// wordInfo describes one canonical word of the vocabulary.
type wordInfo struct {
	text    string
	strong  bool    // may follow an unknown prefix in a run-together word
	entries []int32 // entries starting with this word, longest first
	negs    []int32 // negators starting with this word
}

// entry is one dictionary entry.
type entry struct {
	words    []int32
	text     string
	cat      Category
	numeric  bool
	singular bool // does not match when its last word is plural
}

// negator is one negating word or phrase.
type negator struct {
	words []int32
	both  bool // also cancels entries after it
}

var defaultMatcher = sync.OnceValue(func() *Matcher {
	m, err := newBuilder().build()
	if err != nil {
		panic("names: built-in dictionary: " + err.Error())
	}
	return m
})

// Default returns the matcher for the built-in dictionary. It is built once,
// on first use.
func Default() *Matcher {
	return defaultMatcher()
}

// New returns a matcher for the built-in dictionary changed by user words,
// as given to an analyzer's flags.
//
// Each element of add is a word or phrase to report, written as a name or
// as words ("member number", "member_number", "MemberNumber"), with an
// optional ":category" suffix ("member number:personalid"); the default
// category is [Credential]. Adding an existing entry with a category
// changes its category; adding a negator word makes it an entry instead.
//
// Each element of remove is a word or phrase to stop reporting. If it is
// an entry, the entry is removed (removing "token" still leaves "access
// token"); otherwise it becomes a negator that cancels entries on either
// side of it and entries inside it ("boarding pass" cancels "pass").
//
// Words are read as names are, so plurals, spellings and run-together
// words resolve to the same entries ("recoverycodes" is "recovery code").
// New reports empty or invalid words, unknown categories, and phrases that
// are both added and removed.
func New(add, remove []string) (*Matcher, error) {
	base := Default()
	b := newBuilder()
	added := make(map[string]string) // entry key -> the user's spelling
	for _, s := range add {
		phrase, cat, err := parseWord(s)
		if err != nil {
			return nil, err
		}
		words := base.canonical(phrase)
		key := strings.Join(words, " ")
		added[key] = s
		b.addUserEntry(words, cat)
	}
	for _, s := range remove {
		phrase, cat, err := parseWord(s)
		if err != nil {
			return nil, err
		}
		if cat != 0 {
			return nil, fmt.Errorf("ignored word %q takes no category", s)
		}
		words := base.canonical(phrase)
		key := strings.Join(words, " ")
		if a, ok := added[key]; ok {
			return nil, fmt.Errorf("%q is both added (as %q) and ignored", s, a)
		}
		b.ignore(words)
	}
	return b.build()
}

// parseWord splits a user word into its phrase and optional category, and
// checks that the phrase has a word in it.
func parseWord(s string) (phrase string, cat Category, err error) {
	phrase = s
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		phrase = s[:i]
		if cat, err = ParseCategory(s[i+1:]); err != nil {
			return "", 0, fmt.Errorf("in %q: %w", s, err)
		}
	}
	if strings.TrimSpace(phrase) == "" {
		return "", 0, fmt.Errorf("empty word in %q", s)
	}
	if len(Tokenize(phrase)) == 0 {
		return "", 0, fmt.Errorf("word %q has no letters or digits", phrase)
	}
	return phrase, cat, nil
}

// Match reports whether name is sensitive, and why. For names of ordinary
// length (up to 128 bytes and 24 words) it allocates only when it finds a
// match. It takes time linear in len(name).
func (m *Matcher) Match(name string) (Match, bool) {
	return m.match(name, false)
}

// match is Match; several lets singular-only entries match in the plural.
func (m *Matcher) match(name string, several bool) (Match, bool) {
	var (
		bufArr   [128]byte
		pieceArr [24]piece
	)
	buf, ps := m.read(name, bufArr[:0], pieceArr[:0])
	e, ok := m.find(ps, several)
	if !ok {
		return Match{}, false
	}
	toks := make([]string, len(ps))
	for i, p := range ps {
		toks[i] = string(buf[p.start:p.end])
	}
	return Match{Entry: e.text, Category: e.cat, Numeric: e.numeric, Tokens: toks}, true
}

// canonical returns the words of phrase as the matcher reads them, known
// words in canonical form and unknown words as written (lower case).
func (m *Matcher) canonical(phrase string) []string {
	buf, ps := m.read(phrase, nil, nil)
	out := make([]string, len(ps))
	for i, p := range ps {
		if p.word >= 0 {
			out[i] = m.words[p.word].text
		} else {
			out[i] = string(buf[p.start:p.end])
		}
	}
	return out
}

// find returns the entry that ps names, after negators, if any.
func (m *Matcher) find(ps []piece, several bool) (*entry, bool) {
	n := len(ps)
	maxAfter := -1      // largest start of a negator occurrence
	minBefore := n      // smallest end of a two-sided negator occurrence
	for i := range ps { // record negators; negEnd lets an entry inside one be cancelled
		w := ps[i].word
		if w < 0 {
			continue
		}
		for _, ni := range m.words[w].negs {
			ng := &m.negs[ni]
			if !wordsAt(ps, i, ng.words) {
				continue
			}
			end := i + len(ng.words)
			maxAfter = i
			if ng.both {
				minBefore = min(minBefore, end)
			}
			ps[i].negEnd = max(ps[i].negEnd, int32(end))
		}
	}
	var best *entry
	bestStart, bestEnd := 0, 0
	reach := 0 // largest end of a negator occurrence starting at or before i
	for i := range ps {
		reach = max(reach, int(ps[i].negEnd))
		w := ps[i].word
		if w < 0 {
			continue
		}
		for _, ei := range m.words[w].entries {
			e := &m.entries[ei]
			if !wordsAt(ps, i, e.words) {
				continue
			}
			end := i + len(e.words)
			switch {
			case e.singular && ps[end-1].plural && !several,
				maxAfter >= end, // password_hash
				minBefore <= i,  // hashed_password
				reach >= end:    // a user's "boarding pass" covers "pass"
				continue
			}
			if best == nil || end > bestEnd || end == bestEnd && i < bestStart {
				best, bestStart, bestEnd = e, i, end
			}
		}
	}
	return best, best != nil
}

// wordsAt reports whether ps holds words starting at i.
func wordsAt(ps []piece, i int, words []int32) bool {
	if len(ps)-i < len(words) {
		return false
	}
	for k, w := range words {
		if ps[i+k].word != w {
			return false
		}
	}
	return true
}
