package app

import (
	"net/http"

	"funcvar/repo"
)

func SignUp(r *http.Request) error {
	u := repo.User{Name: r.FormValue("name"), Password: r.FormValue("password")}
	return repo.InsertUser(u) // want `repo.User written by defaultInsertUser -> InsertOne stores Password \(key "password"\) in plaintext`
}

func SetKey(r *http.Request) error {
	u := &repo.User{ID: r.FormValue("id"), APIKey: r.FormValue("key")}
	return repo.UpdateUser(u.ID, u) // want `\*repo.User written by defaultUpdateUser -> UpdateOne stores APIKey \(key "api_key"\) in plaintext`
}

// The negatives: the password hashed by the function a variable holds,
// and a variable set again at run time, whose function is not known.
func SignUpHashed(r *http.Request) error {
	u := repo.User{Name: r.FormValue("name"), Password: repo.HashPassword(r.FormValue("password"))}
	return repo.InsertUser(u)
}

func SignUpSwapped(r *http.Request) error {
	u := repo.User{Name: r.FormValue("name"), Password: r.FormValue("password")}
	return repo.Swapped(u)
}
