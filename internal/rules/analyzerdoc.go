package rules

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// MustExtractDoc returns the documentation of analyzer name from the package
// comment of an embedded doc.go: the text after the "# Analyzer name"
// heading. Its first line is the analyzer's one-line summary.
func MustExtractDoc(content, name string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic(fmt.Sprintf("doc.go of %s: no package comment: %v", name, err))
	}
	_, doc, ok := strings.Cut(f.Doc.Text(), "# Analyzer "+name+"\n")
	if !ok {
		panic(fmt.Sprintf("doc.go of %s: no \"# Analyzer %s\" heading", name, name))
	}
	return strings.TrimSpace(doc)
}
