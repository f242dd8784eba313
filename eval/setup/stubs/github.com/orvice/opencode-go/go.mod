module github.com/orvice/opencode-go

go 1.22
