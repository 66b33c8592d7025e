package main

import (
	"bytes"
	"encoding/json"
	"reflect"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// The conversions between Go values and the hook protocol's fields: models
// travel as the JSON encoding/json writes for them, a nil pointer as empty
// bytes (docs/protocol.md).

func pluginContext(c *plugin.Context) *pb.PluginContext {
	if c == nil {
		return nil
	}
	return &pb.PluginContext{
		SessionId:      c.SessionId,
		ConnectionId:   c.ConnectionId,
		RequestId:      c.RequestId,
		IpAddress:      c.IPAddress,
		AcceptLanguage: c.AcceptLanguage,
		UserAgent:      c.UserAgent,
	}
}

// marshal is a model's JSON, or empty bytes for a nil pointer. A model that
// cannot be encoded (never a model Mattermost built) travels as empty bytes.
func marshal(v any) []byte {
	if v == nil {
		return nil
	}
	if r := reflect.ValueOf(v); r.Kind() == reflect.Pointer && r.IsNil() {
		return nil
	}
	data, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return data
}

// marshalList is a list of models, each as marshal writes it.
func marshalList[T any](items []T) [][]byte {
	out := make([][]byte, len(items))
	for i, item := range items {
		out[i] = marshal(item)
	}
	return out
}

// decodePointer reads a replacement or result: empty bytes leave *target nil.
func decodePointer[T any](raw []byte, target **T) error {
	if len(raw) == 0 {
		return nil
	}
	value := new(T)
	if err := json.Unmarshal(raw, value); err != nil {
		return err
	}
	*target = value
	return nil
}

// decodeValue reads a result Go returns by value (empty bytes: the zero value).
func decodeValue[T any](raw []byte, target *T) error {
	if len(raw) == 0 {
		return nil
	}
	return json.Unmarshal(raw, target)
}

// decodeList reads a list of models (an empty item is a nil pointer).
func decodeList[T any](raw [][]byte, target *[]*T) error {
	out := make([]*T, len(raw))
	for i, item := range raw {
		if err := decodePointer(item, &out[i]); err != nil {
			return err
		}
	}
	*target = out
	return nil
}

// decodeReplacement reads the list a replace-list hook sends back. When the
// plugin sent back exactly what it was given (it kept the list), the original
// Go values go back, as a Go plugin returning its argument would.
func decodeReplacement[T any](sent [][]byte, original []*T, raw [][]byte, target *[]*T) error {
	if len(sent) == len(raw) {
		same := true
		for i := range raw {
			if !bytes.Equal(sent[i], raw[i]) {
				same = false
				break
			}
		}
		if same {
			*target = original
			return nil
		}
	}
	return decodeList(raw, target)
}

// appErrorOf is the *model.AppError a hook returned, or nil.
func appErrorOf(e *pb.AppError) *model.AppError {
	if e == nil {
		return nil
	}
	return &model.AppError{
		Id:            e.Id,
		Message:       e.Message,
		DetailedError: e.DetailedError,
		RequestId:     e.RequestId,
		StatusCode:    int(e.StatusCode),
		Where:         e.Where,
	}
}

// errorOf is the error a hook returned, or a nil error (never a nil *model.AppError
// inside a non-nil error interface).
func errorOf(e *pb.AppError) error {
	if e == nil {
		return nil
	}
	return appErrorOf(e)
}
