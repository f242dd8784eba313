module example.com/realmod

go 1.26

require (
	github.com/cristalhq/jwt/v4 v4.0.2
	github.com/go-jose/go-jose/v4 v4.1.4
	github.com/golang-jwt/jwt/v5 v5.2.2
	github.com/kataras/jwt v0.1.12
	golang.org/x/crypto v0.54.0
)

require golang.org/x/sys v0.47.0 // indirect
