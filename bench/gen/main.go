// Command gen writes a synthetic Go module for the benchmarks in
// docs/performance.md: packages that look like a service storing data in
// MongoDB (models, repositories, services, handlers, crypto helpers), with
// a realistic share of findings and of correct code.
//
//	go run ./bench/gen -o DIR -lines 100000
//
// The module requires go.mongodb.org/mongo-driver/v2 v2.10.0 and
// golang.org/x/crypto v0.45.0; run `go mod tidy` in DIR (the script does).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("o", "", "directory to write the module to (created)")
	lines := flag.Int("lines", 10000, "approximate number of lines of Go to write")
	flag.Parse()
	if *out == "" {
		log.Fatal("gen: -o is required")
	}
	if err := write(*out, *lines); err != nil {
		log.Fatal(err)
	}
}

// linesPerPackage is about what one generated package holds.
const linesPerPackage = 665

// write writes the module.
func write(dir string, lines int) error {
	n := max(1, lines/linesPerPackage)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	mod := "module example.com/bench\n\ngo 1.26.0\n\nrequire (\n\tgo.mongodb.org/mongo-driver/v2 v2.10.0\n\tgolang.org/x/crypto v0.45.0\n)\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		return err
	}
	for i := range n {
		name := fmt.Sprintf("svc%04d", i)
		pkg := filepath.Join(dir, name)
		if err := os.MkdirAll(pkg, 0o755); err != nil {
			return err
		}
		var prev string
		if i > 0 {
			prev = fmt.Sprintf("svc%04d", i-1) // a chain of imports, as in a real module
		}
		files := map[string]string{
			"model.go":   model(name, i),
			"repo.go":    repo(name, i),
			"service.go": service(name, i, prev),
			"crypto.go":  cryptoHelpers(name, i),
			"util.go":    util(name, i),
		}
		for f, content := range files {
			if err := os.WriteFile(filepath.Join(pkg, f), []byte(content), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

func model(pkg string, i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "// Package %s is one generated service.\npackage %s\n\nimport (\n\t\"time\"\n\n\t\"go.mongodb.org/mongo-driver/v2/bson\"\n)\n\n", pkg, pkg)
	fmt.Fprintf(&b, `// Account is the stored user.
type Account struct {
	ID           bson.ObjectID `+"`bson:\"_id,omitempty\"`"+`
	Email        string        `+"`bson:\"email\"`"+`
	PasswordHash []byte        `+"`bson:\"password_hash\"`"+`
	APIKey       string        `+"`bson:\"api_key\"`"+`
	Profile      Profile       `+"`bson:\"profile\"`"+`
	CreatedAt    time.Time     `+"`bson:\"created_at\"`"+`
	Tags         []string      `+"`bson:\"tags\"`"+`
}

// Profile is embedded in the account.
type Profile struct {
	Name    string `+"`bson:\"name\"`"+`
	Phone   string `+"`bson:\"phone\"`"+`
	TaxID   string `+"`bson:\"tax_id\"`"+`
	Address string `+"`bson:\"address\"`"+`
}

// Order is a purchase.
type Order struct {
	ID         bson.ObjectID `+"`bson:\"_id,omitempty\"`"+`
	AccountID  bson.ObjectID `+"`bson:\"account_id\"`"+`
	Items      []Item        `+"`bson:\"items\"`"+`
	CardLast4  string        `+"`bson:\"card_last4\"`"+`
	Total      int64         `+"`bson:\"total\"`"+`
	Status     string        `+"`bson:\"status\"`"+`
}

// Item is a line of an order.
type Item struct {
	SKU      string `+"`bson:\"sku\"`"+`
	Quantity int    `+"`bson:\"quantity\"`"+`
	Price    int64  `+"`bson:\"price\"`"+`
}
`)
	for k := range 12 {
		fmt.Fprintf(&b, "\n// Event%d is an audit record.\ntype Event%d struct {\n\tKind string `bson:\"kind\"`\n\tAt time.Time `bson:\"at\"`\n\tActor string `bson:\"actor\"`\n\tDetail%d string `bson:\"detail\"`\n}\n", k, k, k)
	}
	return b.String()
}

func repo(pkg string, i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\nimport (\n\t\"context\"\n\n\t\"go.mongodb.org/mongo-driver/v2/bson\"\n\t\"go.mongodb.org/mongo-driver/v2/mongo\"\n)\n\n", pkg)
	b.WriteString(`// Repo stores accounts and orders.
type Repo struct {
	accounts *mongo.Collection
	orders   *mongo.Collection
}

// InsertAccount is a wrapper: findings are reported at its callers.
func (r *Repo) InsertAccount(ctx context.Context, a *Account) error {
	_, err := r.accounts.InsertOne(ctx, a)
	return err
}

// SetResetToken stores a reset token.
func (r *Repo) SetResetToken(ctx context.Context, id bson.ObjectID, token string) error {
	_, err := r.accounts.UpdateByID(ctx, id, bson.M{"$set": bson.M{"reset_token": token}})
	return err
}

// InsertOrder stores an order.
func (r *Repo) InsertOrder(ctx context.Context, o Order) error {
	_, err := r.orders.InsertOne(ctx, o)
	return err
}

// FindByEmail looks an account up.
func (r *Repo) FindByEmail(ctx context.Context, email string) (*Account, error) {
	var a Account
	err := r.accounts.FindOne(ctx, bson.M{"email": email}).Decode(&a)
	return &a, err
}
`)
	for k := range 10 {
		fmt.Fprintf(&b, `
// Count%d counts orders in a status.
func (r *Repo) Count%d(ctx context.Context, status string) (int64, error) {
	filter := bson.D{{Key: "status", Value: status}, {Key: "shard", Value: %d}}
	return r.orders.CountDocuments(ctx, filter)
}
`, k, k, k)
	}
	return b.String()
}

func service(pkg string, i int, prev string) string {
	var b strings.Builder
	imports := "\t\"context\"\n\t\"crypto/rand\"\n\t\"encoding/hex\"\n\t\"fmt\"\n\n\t\"go.mongodb.org/mongo-driver/v2/bson\"\n\t\"golang.org/x/crypto/bcrypt\"\n"
	if prev != "" {
		imports += "\n\tprevsvc \"example.com/bench/" + prev + "\"\n"
	}
	fmt.Fprintf(&b, "package %s\n\nimport (\n%s)\n\n", pkg, imports)
	b.WriteString(`// Service holds the business logic.
type Service struct{ repo *Repo }

// SignUp hashes the password correctly.
func (s *Service) SignUp(ctx context.Context, email, password string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	return s.repo.InsertAccount(ctx, &Account{Email: email, PasswordHash: h})
}

// StartReset stores the raw reset token: a finding.
func (s *Service) StartReset(ctx context.Context, id bson.ObjectID) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	t := hex.EncodeToString(b)
	return t, s.repo.SetResetToken(ctx, id, t)
}

// Checkout stores an order.
func (s *Service) Checkout(ctx context.Context, a *Account, items []Item) error {
	var total int64
	for _, it := range items {
		total += it.Price * int64(it.Quantity)
	}
	return s.repo.InsertOrder(ctx, Order{AccountID: a.ID, Items: items, Total: total, Status: "new"})
}
`)
	if prev != "" {
		b.WriteString("\n// Upstream returns the previous service of the chain.\nfunc Upstream() *prevsvc.Service { return nil }\n")
	}
	for k := range 12 {
		fmt.Fprintf(&b, `
// Report%d formats a line of a report.
func (s *Service) Report%d(ctx context.Context, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += fmt.Sprintf("%%d:%%d;", i, %d)
	}
	return out
}
`, k, k, k)
	}
	return b.String()
}

func cryptoHelpers(pkg string, i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"crypto/md5\"\n\t\"crypto/rand\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\t\"io\"\n)\n\n", pkg)
	b.WriteString(`// Seal encrypts with a fresh nonce: correct.
func Seal(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

// ETag is an MD5 of content: a checksum, not a finding.
func ETag(content []byte) string {
	sum := md5.Sum(content)
	return hex.EncodeToString(sum[:])
}

// TokenDigest is a SHA-256 of a token: correct.
func TokenDigest(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
`)
	if i%10 == 0 {
		b.WriteString(`
// HashPassword uses a fast hash: a finding in one package of ten.
func HashPassword(password string) string {
	sum := sha256.Sum256([]byte(password))
	return hex.EncodeToString(sum[:])
}
`)
	}
	return b.String()
}

func util(pkg string, i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\nimport (\n\t\"sort\"\n\t\"strings\"\n)\n\n", pkg)
	for k := range 14 {
		fmt.Fprintf(&b, `// Normalize%d cleans a list of names.
func Normalize%d(in []string) []string {
	out := make([]string, 0, len(in))
	seen := map[string]bool{}
	for _, s := range in {
		s = strings.ToLower(strings.TrimSpace(s))
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

`, k, k)
	}
	return b.String()
}
