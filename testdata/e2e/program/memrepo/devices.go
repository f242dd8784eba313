package memrepo

import (
	"context"

	"example.com/program/domain"
)

// Devices is the memory DeviceRepo that main wires in.
type Devices struct{ m map[string]*domain.Device }

func (r *Devices) SaveDevice(_ context.Context, d *domain.Device) error {
	r.m[d.DeviceCode] = d
	return nil
}
