// Package repo keeps its functions in package variables, so that tests
// can swap them (var UpdateUser = defaultUpdateUser).
package repo

import (
	"context"

	"golang.org/x/crypto/bcrypt"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type User struct {
	ID       string `bson:"_id"`
	Name     string `bson:"name"`
	Password string `bson:"password"`
	APIKey   string `bson:"api_key"`
}

var users *mongo.Collection

var (
	InsertUser   = defaultInsertUser // want InsertUser:`holds defaultInsertUser: param 0`
	UpdateUser   = defaultUpdateUser // want UpdateUser:`holds defaultUpdateUser: param 1`
	HashPassword = hashPassword      // want HashPassword:`holds hashPassword: hashed`
	Swapped      = defaultInsertUser
)

func init() {
	if users == nil {
		Swapped = func(User) error { return nil } // set at run time: not one function
	}
}

func defaultInsertUser(u User) error { // want defaultInsertUser:`writes param 0 via defaultInsertUser -> InsertOne`
	_, err := users.InsertOne(context.TODO(), u)
	return err
}

func defaultUpdateUser(id string, u *User) error { // want defaultUpdateUser:`writes param 1 via defaultUpdateUser -> UpdateOne`
	_, err := users.UpdateOne(context.TODO(), bson.M{"_id": id}, bson.M{"$set": u})
	return err
}

func hashPassword(pw string) string { // want hashPassword:`hashed`
	h, _ := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	return string(h)
}

// Rotate calls the variable in its own package.
func Rotate(id string, key string) error {
	return UpdateUser(id, &User{ID: id, APIKey: key + "-v2"}) // want `\*repo.User written by defaultUpdateUser -> UpdateOne stores APIKey \(key "api_key"\) in plaintext`
}
