// Package config loads the settings of convert/app from a file: what it
// returns is what the file said.
package config

import (
	"encoding/json"
	"os"
)

type S3Storage struct {
	Bucket       string `json:"bucket"`
	AccessKey    string `json:"access_key"`
	SecretKey    string `json:"secret_key"`
	SessionToken string `json:"session_token"`
}

type StoragePolicy struct {
	Type string    `json:"type"`
	S3   S3Storage `json:"s3"`
}

type Configuration struct {
	StoragePolicy StoragePolicy `json:"storage_policy"`
}

func Get() (Configuration, error) { // want Get:`returns decoded input`
	var c Configuration
	b, err := os.ReadFile("app.json")
	if err != nil {
		return c, err
	}
	err = json.Unmarshal(b, &c)
	return c, err
}
