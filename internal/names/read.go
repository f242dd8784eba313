package names

import "math"

// piece is one word of a name as the matcher reads it.
type piece struct {
	start, end int32 // byte span in the lower-cased buffer
	word       int32 // word ID, or -1 for an unknown word
	plural     bool
	negEnd     int32 // set by find: end of the longest negator starting here
}

// read lower-cases the words of name into buf and appends them to ps, run
// through the vocabulary. It returns the grown buf and ps.
func (m *Matcher) read(name string, buf []byte, ps []piece) ([]byte, []piece) {
	sc := scanner{s: name}
	for {
		start, end, ok := sc.next()
		if !ok {
			return buf, ps
		}
		off := len(buf)
		buf = appendLower(buf, name[start:end])
		ps = m.readWord(ps, buf[off:], off)
	}
}

// readWord appends the pieces of one lower-case word w found at offset off
// of the buffer: the word itself if known, the word without its trailing
// digits if that is known, or the word split into known words.
func (m *Matcher) readWord(ps []piece, w []byte, off int) []piece {
	whole := piece{start: int32(off), end: int32(off + len(w)), word: -1}
	if id, plural := m.trie.lookup(w); id >= 0 {
		whole.word, whole.plural = id, plural
		return append(ps, whole)
	}
	base := w
	for len(base) > 0 && '0' <= base[len(base)-1] && base[len(base)-1] <= '9' {
		base = base[:len(base)-1]
	}
	if len(base) == 0 {
		return append(ps, whole)
	}
	if len(base) < len(w) {
		if id, plural := m.trie.lookup(base); id >= 0 {
			whole.word, whole.plural = id, plural
			return append(ps, whole)
		}
	}
	n := len(ps)
	if ps = m.segment(ps, base, off); len(ps) > n {
		if len(base) < len(w) {
			// Trailing digits stay on the last word, which is read again
			// as it would be alone: "apikeylast4" ends in last4, not last.
			last := &ps[len(ps)-1]
			if id, plural := m.trie.lookup(w[int(last.start)-off:]); id >= 0 {
				last.word, last.plural = id, plural
			}
			last.end = whole.end
		}
		return ps
	}
	return append(ps, whole)
}

// segment splits the run-together word w, found at offset off, into known
// words, with the fewest pieces and the longest first piece on ties. If
// that is impossible it allows an unknown first piece followed by a strong
// word (the shortest such prefix). It appends nothing when neither works.
//
// It runs in time linear in len(w): the vocabulary's longest word bounds
// every trie walk.
func (m *Matcher) segment(ps []piece, w []byte, off int) []piece {
	const inf = math.MaxInt32
	var costArr, nextArr [65]int32
	cost, next := costArr[:], nextArr[:]
	if len(w)+1 > len(cost) {
		cost, next = make([]int32, len(w)+1), make([]int32, len(w)+1)
	}
	// cost[i] is the fewest known words spelling w[i:]; next[i] ends the first.
	cost[len(w)] = 0
	for i := len(w) - 1; i >= 0; i-- {
		cost[i] = inf
		t := &m.trie
		for j, n := i, t.rootKids[w[i]]; n >= 0; {
			j++
			if t.nodes[n].word >= 0 && cost[j] != inf && cost[j]+1 <= cost[i] {
				cost[i], next[i] = cost[j]+1, int32(j)
			}
			if j == len(w) {
				break
			}
			n = t.child(n, w[j])
		}
	}
	i := 0
	if cost[0] == inf {
		// Shortest unknown prefix followed by a strong word and known words.
		found := false
		for k := 1; k < len(w) && !found; k++ {
			t := &m.trie
			for j, n := k, t.rootKids[w[k]]; n >= 0; {
				j++
				if nd := &t.nodes[n]; nd.word >= 0 && m.words[nd.word].strong && cost[j] != inf {
					next[k], found = int32(j), true // keep the longest strong word
				}
				if j == len(w) {
					break
				}
				n = t.child(n, w[j])
			}
			if found {
				ps = append(ps, piece{start: int32(off), end: int32(off + k), word: -1})
				i = k
			}
		}
		if !found {
			return ps
		}
	}
	for i < len(w) {
		j := int(next[i])
		id, plural := m.trie.lookup(w[i:j])
		ps = append(ps, piece{start: int32(off + i), end: int32(off + j), word: id, plural: plural})
		i = j
	}
	return ps
}
