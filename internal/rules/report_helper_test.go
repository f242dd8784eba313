package rules_test

import "fmt"

// analysistestMessage formats an error as analysistest would print it.
func analysistestMessage(format string, args ...any) string { return fmt.Sprintf(format, args...) }
