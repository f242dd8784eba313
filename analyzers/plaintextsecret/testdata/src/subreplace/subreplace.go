// Package subreplace: a helper that hashes the password of the embedded
// part it writes replaces what its callers passed there, through a
// pointer field (*cred.Password = hash) and through wrappers; one that
// does not leaves the callers' values.
package subreplace

import (
	"context"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

type Profile struct {
	Email    string  `bson:"email"`
	Password *string `bson:"password"`
}

type Credentials struct {
	Profile
}

var coll *mongo.Collection

type Repo interface{ InsertOne(doc any) (any, error) }

type mrepo struct{}

func (mrepo) InsertOne(doc any) (any, error) { // want InsertOne:`writes param 0 via InsertOne -> InsertOne`
	return coll.InsertOne(context.Background(), doc)
}

var repo Repo = mrepo{}

func hashAndInsert(cred Credentials) error { // want hashAndInsert:`passes a parameter to a pending call` hashAndInsert:`writes param 0 field Profile via hashAndInsert -> Repo.InsertOne -> InsertOne -> InsertOne replacing Password`
	h, err := bcrypt.GenerateFromPassword([]byte(*cred.Password), 10)
	if err != nil {
		return err
	}
	*cred.Password = string(h)
	_, err = repo.InsertOne(cred.Profile)
	return err
}

func SignUp(w http.ResponseWriter, r *http.Request) {
	var c Credentials
	_ = json.NewDecoder(r.Body).Decode(&c)
	_ = SignUpCred(c)
	_ = importCred(c) // want `field Profile of subreplace\.Credentials written by importCred -> Repo\.InsertOne -> InsertOne -> InsertOne stores Password \(key "password"\) in plaintext`
}

// importCred writes the part as it was given.
func importCred(cred Credentials) error { // want importCred:`passes a parameter to a pending call` importCred:`writes param 0 field Profile via importCred -> Repo.InsertOne -> InsertOne -> InsertOne`
	_, err := repo.InsertOne(cred.Profile)
	return err
}

func SignUpCred(cred Credentials) error { // want SignUpCred:`passes a parameter to a pending call` SignUpCred:`writes param 0 field Profile via SignUpCred -> hashAndInsert -> Repo.InsertOne -> InsertOne -> InsertOne replacing Password`
	if cred.Password == nil {
		return nil
	}
	cred.Email = "x"
	return hashAndInsert(cred)
}

type AccountService interface {
	SignUp(cred Credentials) (string, error)
}

type accountService struct{}

// SignUp reaches the write through a method of its receiver.
func (*accountService) SignUp(cred Credentials) (string, error) { // want SignUp:`passes a parameter to a pending call` SignUp:`writes param 0 field Profile via SignUp -> hashAndInsertData -> Repo.InsertOne -> InsertOne -> InsertOne replacing Password`
	if cred.Password == nil {
		return "", nil
	}
	return "", (&accountService{}).hashAndInsertData(cred)
}

func (*accountService) hashAndInsertData(cred Credentials) error { // want hashAndInsertData:`passes a parameter to a pending call` hashAndInsertData:`writes param 0 field Profile via hashAndInsertData -> Repo.InsertOne -> InsertOne -> InsertOne replacing Password`
	h, err := bcrypt.GenerateFromPassword([]byte(*cred.Password), 10)
	if err != nil {
		return err
	}
	*cred.Password = string(h)
	_, err = repo.InsertOne(cred.Profile)
	return err
}

var accounts AccountService = &accountService{}

func SignUpHandler(w http.ResponseWriter, r *http.Request) {
	var c Credentials
	_ = json.NewDecoder(r.Body).Decode(&c)
	_, _ = accounts.SignUp(c)
}
