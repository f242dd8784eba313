// Stub of gopkg.in/mgo.v2 (v2.0.0-20190816093944-a6b53ec6cb22): only what
// cryptolint matches, with the real signatures.
package mgo

type Collection struct{}

func (c *Collection) Insert(docs ...interface{}) error                      { return nil }
func (c *Collection) Update(selector interface{}, update interface{}) error { return nil }

type Query struct{}
type Iter struct{}

func (c *Collection) Find(query interface{}) *Query { return nil }
func (q *Query) One(result interface{}) (err error) { return nil }
func (q *Query) All(result interface{}) error       { return nil }
func (q *Query) Iter() *Iter                        { return nil }
func (iter *Iter) Next(result interface{}) bool     { return false }
func (iter *Iter) All(result interface{}) error     { return nil }
