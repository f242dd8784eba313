package names_test

import (
	"flag"
	"fmt"

	"github.com/cryptolint/cryptolint/internal/names"
)

func ExampleMatcher_Match() {
	m := names.Default()
	for _, name := range []string{"PasswordResetToken", "passwordhash", "apikey", "x-api-key", "Pinterest"} {
		if got, ok := m.Match(name); ok {
			fmt.Printf("%s: %s (%s) %q\n", name, got.Entry, got.Category, got.Tokens)
		} else {
			fmt.Printf("%s: not sensitive\n", name)
		}
	}
	// Output:
	// PasswordResetToken: password reset token (credential) ["password" "reset" "token"]
	// passwordhash: not sensitive
	// apikey: api key (credential) ["api" "key"]
	// x-api-key: api key (credential) ["x" "api" "key"]
	// Pinterest: not sensitive
}

func ExampleWordList() {
	var add, ignore names.WordList
	fs := flag.NewFlagSet("plaintextsecret", flag.ContinueOnError)
	fs.Var(&add, "names", "comma-separated extra sensitive names, each with an optional :category")
	fs.Var(&ignore, "ignore", "comma-separated names not to report")
	if err := fs.Parse([]string{"-names=member_number:personalid", "-ignore=token,legacy"}); err != nil {
		panic(err)
	}
	m, err := names.New(add, ignore)
	if err != nil {
		panic(err)
	}
	for _, name := range []string{"MemberNumber", "Token", "AccessToken", "LegacyPassword"} {
		got, ok := m.Match(name)
		fmt.Printf("%s %v %q\n", name, ok, got.Entry)
	}
	// Output:
	// MemberNumber true "member number"
	// Token false ""
	// AccessToken true "access token"
	// LegacyPassword false ""
}
