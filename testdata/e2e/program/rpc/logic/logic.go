// Package logic holds the hand-written side of a goctl service: only the
// generated server calls ChannelCreate, with the request it decoded.
package logic

import (
	"context"

	"example.com/program/rpc/pb"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Channel struct {
	Name     string `bson:"name"`
	Password string `bson:"password"`
}

type Store struct{ coll *mongo.Collection }

func (s *Store) Insert(ctx context.Context, c *Channel) error {
	_, err := s.coll.InsertOne(ctx, c)
	return err
}

type ChannelCreateLogic struct {
	ctx   context.Context
	store *Store
}

func NewChannelCreateLogic(ctx context.Context, s *Store) *ChannelCreateLogic {
	return &ChannelCreateLogic{ctx: ctx, store: s}
}

func (l *ChannelCreateLogic) ChannelCreate(in *pb.CreateChannelReq) (*pb.IdResp, error) {
	if err := l.store.Insert(l.ctx, &Channel{Name: in.Name, Password: in.Password}); err != nil {
		return nil, err
	}
	return &pb.IdResp{Id: in.Name}, nil
}
