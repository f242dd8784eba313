// Package fiberbind: fiber v3 decodes the request through a binder
// (c.Bind().Body(&v)): what it fills is what the client sent.
package fiberbind

import (
	"go.mongodb.org/mongo-driver/v2/mongo"

	"github.com/gofiber/fiber/v3"
)

type Driver struct {
	Name          string `json:"name" bson:"name"`
	DriverLicense string `json:"driver_license" bson:"driver_license"`
}

type Handler struct{ c *mongo.Collection }

func (h *Handler) Apply(c fiber.Ctx) error {
	var d Driver
	if err := c.Bind().Body(&d); err != nil {
		return err
	}
	_, err := h.c.InsertOne(c.RequestCtx(), &d) // want `\*fiberbind\.Driver written by InsertOne stores DriverLicense \(key "driver_license"\) in plaintext`
	return err
}

// Rename sends the driver back as JSON: Ctx.JSON encodes, it does not
// decode, so the empty document it writes holds no licence.
func (h *Handler) Rename(c fiber.Ctx) error {
	var d Driver
	if err := c.JSON(&d); err != nil {
		return err
	}
	_, err := h.c.InsertOne(c.RequestCtx(), &d)
	return err
}
