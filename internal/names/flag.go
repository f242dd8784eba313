package names

import "strings"

// WordList is a [flag.Value] holding a comma-separated list of words or
// phrases, for flags such as -plaintextsecret.names=member_number:personalid
// and -plaintextsecret.ignore=boarding pass. Each Set appends to the list, so
// the flag may be repeated; setting it to the empty string adds nothing. Set
// checks each word as [New] does, so mistakes are reported when flags are
// parsed.
type WordList []string

// String returns the words joined with commas.
func (l *WordList) String() string {
	if l == nil {
		return ""
	}
	return strings.Join(*l, ",")
}

// Set appends the comma-separated words of s, trimmed of spaces.
func (l *WordList) Set(s string) error {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var words []string
	for w := range strings.SplitSeq(s, ",") {
		w = strings.TrimSpace(w)
		if _, _, err := parseWord(w); err != nil {
			return err
		}
		words = append(words, w)
	}
	*l = append(*l, words...)
	return nil
}

// Get returns the words as a []string, for [flag.Getter].
func (l *WordList) Get() any {
	return []string(*l)
}
