package mongorepo

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/program/domain"
)

// DeviceStore is the MongoDB DeviceRepo; nothing in this program
// constructs it.
type DeviceStore struct{ Coll *mongo.Collection }

func (s *DeviceStore) SaveDevice(ctx context.Context, d *domain.Device) error {
	_, err := s.Coll.InsertOne(ctx, d)
	return err
}
