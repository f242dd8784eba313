// Command shop starts the shop against its databases.
package main

import (
	"flag"
	"log"

	"example.com/shop/config"
	"example.com/shop/store"
)

func main() {
	flag.Parse()
	if _, err := store.Connect(config.URI(), nil); err != nil {
		log.Fatal(err)
	}
}
