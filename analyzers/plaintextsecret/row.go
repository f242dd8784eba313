package plaintextsecret

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/cryptolint/cryptolint/internal/conststr"
	"github.com/cryptolint/cryptolint/internal/names"
)

// rowName is the name a key-value row gives its value: the constant in a
// sibling field named like a key or a name (Setting{Name: "smtp_password",
// Value: pw}, AppConfig{ConfigKey: "tencent.secret_key", ValueString: s},
// bson.M{"key": "api_key", "value": k}). Settings and configuration
// collections store one secret per row this way, under keys that say
// nothing.
type rowName struct {
	match names.Match
	name  string // the constant that names the row
	by    string // the Go field or key holding it
}

// value reports whether a value under key (in field, for a struct) is the
// row's value: a key that says nothing by itself, other than the one
// naming the row.
func (r *rowName) value(key string, field *types.Var) bool {
	last := key[strings.LastIndexByte(key, '.')+1:]
	if field != nil {
		return field.Name() != r.by && names.Generic(last) && names.Generic(field.Name())
	}
	return key != r.by && names.Generic(last)
}

// namingField reports whether a field or key named name names its row:
// its last word is key or name (Key, Name, ConfigKey, item_key,
// setting_name), and it is not itself sensitive.
func (x *pass) namingField(name string) bool {
	words := names.Tokenize(name)
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "key", "name":
	default:
		return false
	}
	_, sensitive := x.matcher.Match(name)
	return !sensitive
}

// rowOf returns the row name given by the constant string value of a
// naming field, when that constant names a secret.
func (x *pass) rowOf(by string, value ast.Expr) *rowName {
	if !x.namingField(by) {
		return nil
	}
	t := conststr.Eval(x.pass.TypesInfo, value)
	if !t.Constant() {
		return nil
	}
	s := t.Join(0)
	m, ok := x.matcher.Match(s)
	if !ok {
		return nil
	}
	return &rowName{match: m, name: s, by: by}
}

// structRow is rowOf for the fields of a struct literal of type st; nil
// when no field names the row, or more than one does.
func (x *pass) structRow(lit *ast.CompositeLit, st *types.Struct) *rowName {
	return x.onlyRow(func(yield func(by string, value ast.Expr)) {
		for i, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, _ := kv.Key.(*ast.Ident); id != nil {
					yield(id.Name, kv.Value)
				}
			} else if i < st.NumFields() {
				yield(st.Field(i).Name(), elt)
			}
		}
	})
}

// mapRow is structRow for a document map literal with constant keys.
func (x *pass) mapRow(lit *ast.CompositeLit) *rowName {
	return x.onlyRow(func(yield func(by string, value ast.Expr)) {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if k := conststr.Eval(x.pass.TypesInfo, kv.Key); k.Constant() {
					yield(k.Join(0), kv.Value)
				}
			}
		}
	})
}

// onlyRow returns the row name that exactly one of the named values gives.
func (x *pass) onlyRow(each func(yield func(by string, value ast.Expr))) *rowName {
	var row *rowName
	several := false
	each(func(by string, value ast.Expr) {
		if r := x.rowOf(by, value); r != nil {
			several = several || row != nil
			row = r
		}
	})
	if several {
		return nil // two names: which one is the value's?
	}
	return row
}
