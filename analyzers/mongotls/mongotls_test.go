package mongotls_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptolint/cryptolint/analyzers/mongotls"
)

func TestV2(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), mongotls.New(), "a")
}
