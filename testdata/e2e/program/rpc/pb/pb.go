// Package pb is shaped as protoc-gen-go and protoc-gen-go-grpc generate
// it: a request type and the XServer interface a server implements.
package pb

import "context"

type CreateChannelReq struct {
	Name     string
	Password string
}

type IdResp struct{ Id string }

type ChannelServiceServer interface {
	ChannelCreate(context.Context, *CreateChannelReq) (*IdResp, error)
}
