module example.com/realmod

go 1.26

require (
	github.com/golang-jwt/jwt/v5 v5.2.2
	golang.org/x/crypto v0.54.0
)

require golang.org/x/sys v0.47.0 // indirect
