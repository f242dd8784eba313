package names

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// trie maps the spellings of the vocabulary to word IDs. Most nodes have
// one or two edges, kept in one flat array; the few with many edges, the
// root among them, also have a table indexed by byte.
type trie struct {
	rootKids [256]int32
	nodes    []trieNode
	labels   []byte
	kids     []int32
	tables   []int32 // 256 entries per node with a table
}

type trieNode struct {
	first, n int32 // edges labels[first:first+n], kids[first:first+n]
	table    int32 // offset of the node's table in tables, or -1
	word     int32 // word spelled by the path to this node, or -1
	plural   bool  // the spelling is a plural of word
}

// tableEdges is the number of edges from which a node gets a table.
const tableEdges = 4

// child returns the node reached from n by label b, or -1.
func (t *trie) child(n int32, b byte) int32 {
	nd := &t.nodes[n]
	if nd.table >= 0 {
		return t.tables[nd.table+int32(b)]
	}
	for k, l := range t.labels[nd.first : nd.first+nd.n] {
		if l == b {
			return t.kids[nd.first+int32(k)]
		}
	}
	return -1
}

// lookup returns the word spelled exactly by w, or -1.
func (t *trie) lookup(w []byte) (id int32, plural bool) {
	if len(w) == 0 {
		return -1, false
	}
	n := t.rootKids[w[0]]
	for i := 1; i < len(w) && n >= 0; i++ {
		n = t.child(n, w[i])
	}
	if n < 0 {
		return -1, false
	}
	return t.nodes[n].word, t.nodes[n].plural
}

// spelling is what a surface form stands for.
type spelling struct {
	word   string
	plural bool
}

// newTrie builds the trie of spellings, given word IDs.
func newTrie(spellings map[string]spelling, ids map[string]int32) trie {
	type bnode struct {
		kids   map[byte]int32
		word   int32
		plural bool
	}
	bnodes := []bnode{{word: -1}} // node 0 is the root
	for _, s := range slices.Sorted(maps.Keys(spellings)) {
		n := int32(0)
		for i := 0; i < len(s); i++ {
			k, ok := bnodes[n].kids[s[i]]
			if !ok {
				k = int32(len(bnodes))
				bnodes = append(bnodes, bnode{word: -1})
				if bnodes[n].kids == nil {
					bnodes[n].kids = make(map[byte]int32)
				}
				bnodes[n].kids[s[i]] = k
			}
			n = k
		}
		sp := spellings[s]
		bnodes[n].word, bnodes[n].plural = ids[sp.word], sp.plural
	}
	var t trie
	for i := range t.rootKids {
		t.rootKids[i] = -1
	}
	t.nodes = make([]trieNode, len(bnodes))
	for i, bn := range bnodes {
		t.nodes[i] = trieNode{first: int32(len(t.labels)), n: int32(len(bn.kids)), table: -1, word: bn.word, plural: bn.plural}
		if len(bn.kids) >= tableEdges {
			t.nodes[i].table = int32(len(t.tables))
			for range 256 {
				t.tables = append(t.tables, -1)
			}
		}
		for _, l := range slices.Sorted(maps.Keys(bn.kids)) {
			t.labels = append(t.labels, l)
			t.kids = append(t.kids, bn.kids[l])
			if nd := t.nodes[i]; nd.table >= 0 {
				t.tables[nd.table+int32(l)] = bn.kids[l]
			}
			if i == 0 {
				t.rootKids[l] = bn.kids[l]
			}
		}
	}
	return t
}

// spec is an entry under construction.
type spec struct {
	words    []string
	cat      Category
	numeric  bool
	singular bool
}

// builder collects the dictionary before it is compiled into a Matcher.
type builder struct {
	entries map[string]*spec // by words joined with " "
	negs    map[string]bool  // negator phrase -> both directions
	vocab   map[string]bool  // canonical words
	strong  map[string]bool  // strong words
}

// newBuilder returns a builder holding the built-in dictionary.
func newBuilder() *builder {
	b := &builder{
		entries: make(map[string]*spec),
		negs:    make(map[string]bool),
		vocab:   make(map[string]bool),
		strong:  make(map[string]bool),
	}
	for _, e := range builtinEntries {
		words := builtinWords(e.phrase)
		b.entries[strings.Join(words, " ")] = &spec{
			words:    words,
			cat:      e.cat,
			numeric:  e.flags&numeric != 0,
			singular: e.flags&singular != 0,
		}
	}
	for _, p := range afterNegators {
		b.negs[strings.Join(builtinWords(p), " ")] = false
	}
	for _, p := range bothNegators {
		b.negs[strings.Join(builtinWords(p), " ")] = true
	}
	for _, w := range fillers {
		b.vocab[w] = true
	}
	for _, w := range strongWords {
		b.strong[w] = true
	}
	return b
}

// builtinWords splits a built-in phrase into canonical words.
func builtinWords(phrase string) []string {
	words := Tokenize(phrase)
	for i, w := range words {
		if c, ok := aliases[w]; ok {
			words[i] = c
		}
	}
	return words
}

// addUserEntry adds or recategorises an entry. A negator with the same
// words stops being one.
func (b *builder) addUserEntry(words []string, cat Category) {
	key := strings.Join(words, " ")
	delete(b.negs, key)
	if e, ok := b.entries[key]; ok {
		if cat != 0 {
			e.cat = cat
		}
		return
	}
	if cat == 0 {
		cat = Credential
	}
	b.entries[key] = &spec{words: words, cat: cat, numeric: cat == PersonalID || cat == Financial}
}

// ignore removes an entry, or adds a two-sided negator.
func (b *builder) ignore(words []string) {
	key := strings.Join(words, " ")
	if _, ok := b.entries[key]; ok {
		delete(b.entries, key)
		return
	}
	b.negs[key] = true
}

// build compiles the dictionary.
func (b *builder) build() (*Matcher, error) {
	// The vocabulary: every word of an entry, a negator, a filler, an
	// alias target or a strong word.
	negWords := make(map[string][]string, len(b.negs))
	for key := range b.negs {
		negWords[key] = strings.Split(key, " ")
	}
	for _, e := range b.entries {
		for _, w := range e.words {
			b.vocab[w] = true
		}
	}
	for _, ws := range negWords {
		for _, w := range ws {
			b.vocab[w] = true
		}
	}
	for _, w := range aliases {
		b.vocab[w] = true
	}
	for w := range b.strong {
		b.vocab[w] = true
	}
	m := &Matcher{}
	ids := make(map[string]int32, len(b.vocab))
	for _, w := range slices.Sorted(maps.Keys(b.vocab)) {
		if w == "" || strings.Contains(w, " ") {
			return nil, fmt.Errorf("invalid vocabulary word %q", w)
		}
		ids[w] = int32(len(m.words))
		m.words = append(m.words, wordInfo{text: w, strong: b.strong[w]})
	}

	// Spellings: the words, then aliases, then plurals of both; an earlier
	// kind wins ("expires" is a word, not the plural of "expire").
	spellings := make(map[string]spelling, 3*len(ids))
	for w := range ids {
		spellings[w] = spelling{word: w}
	}
	for a, w := range aliases {
		if _, ok := spellings[a]; !ok {
			spellings[a] = spelling{word: w}
		}
	}
	for _, s := range slices.Sorted(maps.Keys(spellings)) {
		p := plural(s)
		if _, ok := spellings[p]; p != "" && !ok {
			spellings[p] = spelling{word: spellings[s].word, plural: true}
		}
	}
	m.trie = newTrie(spellings, ids)

	wordIDs := func(ws []string) []int32 {
		out := make([]int32, len(ws))
		for i, w := range ws {
			out[i] = ids[w]
		}
		return out
	}
	for _, key := range slices.Sorted(maps.Keys(b.entries)) {
		e := b.entries[key]
		ei := int32(len(m.entries))
		m.entries = append(m.entries, entry{words: wordIDs(e.words), text: key, cat: e.cat, numeric: e.numeric, singular: e.singular})
		first := &m.words[ids[e.words[0]]]
		first.entries = append(first.entries, ei)
	}
	for i := range m.words {
		slices.SortStableFunc(m.words[i].entries, func(a, b int32) int {
			return len(m.entries[b].words) - len(m.entries[a].words)
		})
	}
	for _, key := range slices.Sorted(maps.Keys(b.negs)) {
		ws := negWords[key]
		ni := int32(len(m.negs))
		m.negs = append(m.negs, negator{words: wordIDs(ws), both: b.negs[key]})
		first := &m.words[ids[ws[0]]]
		first.negs = append(first.negs, ni)
	}
	return m, nil
}

// plural returns the regular English plural of w, or "" for words that are
// too short, end in "s", "ed" or a digit, or are not ASCII letters.
func plural(w string) string {
	if w == "id" {
		return "ids"
	}
	if len(w) < 3 || strings.HasSuffix(w, "ed") {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return ""
		}
	}
	switch last := w[len(w)-1]; {
	case last == 's':
		return ""
	case last == 'x' || last == 'z' || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case last == 'y' && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}
