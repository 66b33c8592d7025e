from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PluginContext(_message.Message):
    __slots__ = ("session_id", "connection_id", "request_id", "ip_address", "accept_language", "user_agent")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CONNECTION_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    USER_AGENT_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    connection_id: str
    request_id: str
    ip_address: str
    accept_language: str
    user_agent: str
    def __init__(self, session_id: _Optional[str] = ..., connection_id: _Optional[str] = ..., request_id: _Optional[str] = ..., ip_address: _Optional[str] = ..., accept_language: _Optional[str] = ..., user_agent: _Optional[str] = ...) -> None: ...

class AppError(_message.Message):
    __slots__ = ("id", "message", "detailed_error", "status_code", "where", "request_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    DETAILED_ERROR_FIELD_NUMBER: _ClassVar[int]
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    WHERE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    message: str
    detailed_error: str
    status_code: int
    where: str
    request_id: str
    def __init__(self, id: _Optional[str] = ..., message: _Optional[str] = ..., detailed_error: _Optional[str] = ..., status_code: _Optional[int] = ..., where: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class ImplementedRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ImplementedResponse(_message.Message):
    __slots__ = ("hooks",)
    HOOKS_FIELD_NUMBER: _ClassVar[int]
    hooks: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, hooks: _Optional[_Iterable[str]] = ...) -> None: ...

class Header(_message.Message):
    __slots__ = ("name", "value")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: bytes
    def __init__(self, name: _Optional[str] = ..., value: _Optional[bytes] = ...) -> None: ...

class HTTPRequestHead(_message.Message):
    __slots__ = ("method", "raw_path", "query", "request_uri", "proto", "host", "remote_addr", "headers", "content_length", "user_id")
    METHOD_FIELD_NUMBER: _ClassVar[int]
    RAW_PATH_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_URI_FIELD_NUMBER: _ClassVar[int]
    PROTO_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ADDR_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_LENGTH_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    method: str
    raw_path: str
    query: str
    request_uri: str
    proto: str
    host: str
    remote_addr: str
    headers: _containers.RepeatedCompositeFieldContainer[Header]
    content_length: int
    user_id: str
    def __init__(self, method: _Optional[str] = ..., raw_path: _Optional[str] = ..., query: _Optional[str] = ..., request_uri: _Optional[str] = ..., proto: _Optional[str] = ..., host: _Optional[str] = ..., remote_addr: _Optional[str] = ..., headers: _Optional[_Iterable[_Union[Header, _Mapping]]] = ..., content_length: _Optional[int] = ..., user_id: _Optional[str] = ...) -> None: ...

class HTTPResponseHead(_message.Message):
    __slots__ = ("status", "headers")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    status: int
    headers: _containers.RepeatedCompositeFieldContainer[Header]
    def __init__(self, status: _Optional[int] = ..., headers: _Optional[_Iterable[_Union[Header, _Mapping]]] = ...) -> None: ...

class OnActivateRequest(_message.Message):
    __slots__ = ("api_broker_id",)
    API_BROKER_ID_FIELD_NUMBER: _ClassVar[int]
    api_broker_id: int
    def __init__(self, api_broker_id: _Optional[int] = ...) -> None: ...

class OnActivateResponse(_message.Message):
    __slots__ = ("error",)
    ERROR_FIELD_NUMBER: _ClassVar[int]
    error: AppError
    def __init__(self, error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class OnDeactivateRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnDeactivateResponse(_message.Message):
    __slots__ = ("error",)
    ERROR_FIELD_NUMBER: _ClassVar[int]
    error: AppError
    def __init__(self, error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class ServeHTTPRequest(_message.Message):
    __slots__ = ("context", "head", "body", "body_end")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    HEAD_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    BODY_END_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    head: HTTPRequestHead
    body: bytes
    body_end: bool
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., head: _Optional[_Union[HTTPRequestHead, _Mapping]] = ..., body: _Optional[bytes] = ..., body_end: _Optional[bool] = ...) -> None: ...

class ServeHTTPResponse(_message.Message):
    __slots__ = ("head", "body", "flush")
    HEAD_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    FLUSH_FIELD_NUMBER: _ClassVar[int]
    head: HTTPResponseHead
    body: bytes
    flush: bool
    def __init__(self, head: _Optional[_Union[HTTPResponseHead, _Mapping]] = ..., body: _Optional[bytes] = ..., flush: _Optional[bool] = ...) -> None: ...

class OnConfigurationChangeRequest(_message.Message):
    __slots__ = ("api_broker_id",)
    API_BROKER_ID_FIELD_NUMBER: _ClassVar[int]
    api_broker_id: int
    def __init__(self, api_broker_id: _Optional[int] = ...) -> None: ...

class OnConfigurationChangeResponse(_message.Message):
    __slots__ = ("error",)
    ERROR_FIELD_NUMBER: _ClassVar[int]
    error: AppError
    def __init__(self, error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class ExecuteCommandRequest(_message.Message):
    __slots__ = ("context", "args", "site_url")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    SITE_URL_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    args: bytes
    site_url: str
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., args: _Optional[bytes] = ..., site_url: _Optional[str] = ...) -> None: ...

class ExecuteCommandResponse(_message.Message):
    __slots__ = ("response", "error")
    RESPONSE_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    response: bytes
    error: AppError
    def __init__(self, response: _Optional[bytes] = ..., error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class MessageWillBePostedRequest(_message.Message):
    __slots__ = ("context", "post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    post: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., post: _Optional[bytes] = ...) -> None: ...

class MessageWillBePostedResponse(_message.Message):
    __slots__ = ("post", "rejection")
    POST_FIELD_NUMBER: _ClassVar[int]
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    post: bytes
    rejection: str
    def __init__(self, post: _Optional[bytes] = ..., rejection: _Optional[str] = ...) -> None: ...

class MessageWillBeUpdatedRequest(_message.Message):
    __slots__ = ("context", "new_post", "old_post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    NEW_POST_FIELD_NUMBER: _ClassVar[int]
    OLD_POST_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    new_post: bytes
    old_post: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., new_post: _Optional[bytes] = ..., old_post: _Optional[bytes] = ...) -> None: ...

class MessageWillBeUpdatedResponse(_message.Message):
    __slots__ = ("post", "rejection")
    POST_FIELD_NUMBER: _ClassVar[int]
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    post: bytes
    rejection: str
    def __init__(self, post: _Optional[bytes] = ..., rejection: _Optional[str] = ...) -> None: ...

class MessageHasBeenPostedRequest(_message.Message):
    __slots__ = ("context", "post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    post: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., post: _Optional[bytes] = ...) -> None: ...

class MessageHasBeenPostedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MessageHasBeenUpdatedRequest(_message.Message):
    __slots__ = ("context", "new_post", "old_post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    NEW_POST_FIELD_NUMBER: _ClassVar[int]
    OLD_POST_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    new_post: bytes
    old_post: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., new_post: _Optional[bytes] = ..., old_post: _Optional[bytes] = ...) -> None: ...

class MessageHasBeenUpdatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserHasJoinedChannelRequest(_message.Message):
    __slots__ = ("context", "channel_member", "actor")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    channel_member: bytes
    actor: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., channel_member: _Optional[bytes] = ..., actor: _Optional[bytes] = ...) -> None: ...

class UserHasJoinedChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserHasLeftChannelRequest(_message.Message):
    __slots__ = ("context", "channel_member", "actor")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    channel_member: bytes
    actor: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., channel_member: _Optional[bytes] = ..., actor: _Optional[bytes] = ...) -> None: ...

class UserHasLeftChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserHasJoinedTeamRequest(_message.Message):
    __slots__ = ("context", "team_member", "actor")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    team_member: bytes
    actor: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., team_member: _Optional[bytes] = ..., actor: _Optional[bytes] = ...) -> None: ...

class UserHasJoinedTeamResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserHasLeftTeamRequest(_message.Message):
    __slots__ = ("context", "team_member", "actor")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    team_member: bytes
    actor: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., team_member: _Optional[bytes] = ..., actor: _Optional[bytes] = ...) -> None: ...

class UserHasLeftTeamResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ChannelHasBeenCreatedRequest(_message.Message):
    __slots__ = ("context", "channel")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    channel: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., channel: _Optional[bytes] = ...) -> None: ...

class ChannelHasBeenCreatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class FileWillBeUploadedRequest(_message.Message):
    __slots__ = ("context", "file_info", "data", "data_end")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    DATA_END_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    file_info: bytes
    data: bytes
    data_end: bool
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., file_info: _Optional[bytes] = ..., data: _Optional[bytes] = ..., data_end: _Optional[bool] = ...) -> None: ...

class FileWillBeUploadedResponse(_message.Message):
    __slots__ = ("data", "file_info", "rejection")
    DATA_FIELD_NUMBER: _ClassVar[int]
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    file_info: bytes
    rejection: str
    def __init__(self, data: _Optional[bytes] = ..., file_info: _Optional[bytes] = ..., rejection: _Optional[str] = ...) -> None: ...

class UserWillLogInRequest(_message.Message):
    __slots__ = ("context", "user")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    user: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., user: _Optional[bytes] = ...) -> None: ...

class UserWillLogInResponse(_message.Message):
    __slots__ = ("rejection",)
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    rejection: str
    def __init__(self, rejection: _Optional[str] = ...) -> None: ...

class UserHasLoggedInRequest(_message.Message):
    __slots__ = ("context", "user")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    user: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., user: _Optional[bytes] = ...) -> None: ...

class UserHasLoggedInResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserHasBeenCreatedRequest(_message.Message):
    __slots__ = ("context", "user")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    user: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., user: _Optional[bytes] = ...) -> None: ...

class UserHasBeenCreatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReactionHasBeenAddedRequest(_message.Message):
    __slots__ = ("context", "reaction")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    REACTION_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    reaction: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., reaction: _Optional[bytes] = ...) -> None: ...

class ReactionHasBeenAddedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReactionHasBeenRemovedRequest(_message.Message):
    __slots__ = ("context", "reaction")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    REACTION_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    reaction: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., reaction: _Optional[bytes] = ...) -> None: ...

class ReactionHasBeenRemovedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnPluginClusterEventRequest(_message.Message):
    __slots__ = ("context", "event")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    event: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., event: _Optional[bytes] = ...) -> None: ...

class OnPluginClusterEventResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnWebSocketConnectRequest(_message.Message):
    __slots__ = ("web_conn_id", "user_id")
    WEB_CONN_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    web_conn_id: str
    user_id: str
    def __init__(self, web_conn_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class OnWebSocketConnectResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnWebSocketDisconnectRequest(_message.Message):
    __slots__ = ("web_conn_id", "user_id")
    WEB_CONN_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    web_conn_id: str
    user_id: str
    def __init__(self, web_conn_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class OnWebSocketDisconnectResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class WebSocketMessageHasBeenPostedRequest(_message.Message):
    __slots__ = ("web_conn_id", "user_id", "request")
    WEB_CONN_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    web_conn_id: str
    user_id: str
    request: bytes
    def __init__(self, web_conn_id: _Optional[str] = ..., user_id: _Optional[str] = ..., request: _Optional[bytes] = ...) -> None: ...

class WebSocketMessageHasBeenPostedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RunDataRetentionRequest(_message.Message):
    __slots__ = ("now_time", "batch_size")
    NOW_TIME_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    now_time: int
    batch_size: int
    def __init__(self, now_time: _Optional[int] = ..., batch_size: _Optional[int] = ...) -> None: ...

class RunDataRetentionResponse(_message.Message):
    __slots__ = ("deleted", "error")
    DELETED_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    deleted: int
    error: AppError
    def __init__(self, deleted: _Optional[int] = ..., error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class OnInstallRequest(_message.Message):
    __slots__ = ("context", "event")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    event: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., event: _Optional[bytes] = ...) -> None: ...

class OnInstallResponse(_message.Message):
    __slots__ = ("error",)
    ERROR_FIELD_NUMBER: _ClassVar[int]
    error: AppError
    def __init__(self, error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class OnSendDailyTelemetryRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnSendDailyTelemetryResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnCloudLimitsUpdatedRequest(_message.Message):
    __slots__ = ("limits",)
    LIMITS_FIELD_NUMBER: _ClassVar[int]
    limits: bytes
    def __init__(self, limits: _Optional[bytes] = ...) -> None: ...

class OnCloudLimitsUpdatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ConfigurationWillBeSavedRequest(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: bytes
    def __init__(self, config: _Optional[bytes] = ...) -> None: ...

class ConfigurationWillBeSavedResponse(_message.Message):
    __slots__ = ("config", "error")
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    config: bytes
    error: AppError
    def __init__(self, config: _Optional[bytes] = ..., error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class NotificationWillBePushedRequest(_message.Message):
    __slots__ = ("push_notification", "post_type", "channel_type", "user_id")
    PUSH_NOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    POST_TYPE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    push_notification: bytes
    post_type: str
    channel_type: str
    user_id: str
    def __init__(self, push_notification: _Optional[bytes] = ..., post_type: _Optional[str] = ..., channel_type: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class NotificationWillBePushedResponse(_message.Message):
    __slots__ = ("push_notification", "rejection")
    PUSH_NOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    push_notification: bytes
    rejection: str
    def __init__(self, push_notification: _Optional[bytes] = ..., rejection: _Optional[str] = ...) -> None: ...

class UserHasBeenDeactivatedRequest(_message.Message):
    __slots__ = ("context", "user")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    user: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., user: _Optional[bytes] = ...) -> None: ...

class UserHasBeenDeactivatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MessageHasBeenDeletedRequest(_message.Message):
    __slots__ = ("context", "post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    post: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., post: _Optional[bytes] = ...) -> None: ...

class MessageHasBeenDeletedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MessagesWillBeConsumedRequest(_message.Message):
    __slots__ = ("posts",)
    POSTS_FIELD_NUMBER: _ClassVar[int]
    posts: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, posts: _Optional[_Iterable[bytes]] = ...) -> None: ...

class MessagesWillBeConsumedResponse(_message.Message):
    __slots__ = ("posts",)
    POSTS_FIELD_NUMBER: _ClassVar[int]
    posts: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, posts: _Optional[_Iterable[bytes]] = ...) -> None: ...

class ServeMetricsRequest(_message.Message):
    __slots__ = ("context", "head", "body", "body_end")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    HEAD_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    BODY_END_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    head: HTTPRequestHead
    body: bytes
    body_end: bool
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., head: _Optional[_Union[HTTPRequestHead, _Mapping]] = ..., body: _Optional[bytes] = ..., body_end: _Optional[bool] = ...) -> None: ...

class ServeMetricsResponse(_message.Message):
    __slots__ = ("head", "body", "flush")
    HEAD_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    FLUSH_FIELD_NUMBER: _ClassVar[int]
    head: HTTPResponseHead
    body: bytes
    flush: bool
    def __init__(self, head: _Optional[_Union[HTTPResponseHead, _Mapping]] = ..., body: _Optional[bytes] = ..., flush: _Optional[bool] = ...) -> None: ...

class OnSharedChannelsSyncMsgRequest(_message.Message):
    __slots__ = ("msg", "remote_cluster")
    MSG_FIELD_NUMBER: _ClassVar[int]
    REMOTE_CLUSTER_FIELD_NUMBER: _ClassVar[int]
    msg: bytes
    remote_cluster: bytes
    def __init__(self, msg: _Optional[bytes] = ..., remote_cluster: _Optional[bytes] = ...) -> None: ...

class OnSharedChannelsSyncMsgResponse(_message.Message):
    __slots__ = ("response", "error")
    RESPONSE_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    response: bytes
    error: AppError
    def __init__(self, response: _Optional[bytes] = ..., error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class OnSharedChannelsPingRequest(_message.Message):
    __slots__ = ("remote_cluster",)
    REMOTE_CLUSTER_FIELD_NUMBER: _ClassVar[int]
    remote_cluster: bytes
    def __init__(self, remote_cluster: _Optional[bytes] = ...) -> None: ...

class OnSharedChannelsPingResponse(_message.Message):
    __slots__ = ("healthy",)
    HEALTHY_FIELD_NUMBER: _ClassVar[int]
    healthy: bool
    def __init__(self, healthy: _Optional[bool] = ...) -> None: ...

class PreferencesHaveChangedRequest(_message.Message):
    __slots__ = ("context", "preferences")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    PREFERENCES_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    preferences: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., preferences: _Optional[_Iterable[bytes]] = ...) -> None: ...

class PreferencesHaveChangedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnSharedChannelsAttachmentSyncMsgRequest(_message.Message):
    __slots__ = ("file_info", "post", "remote_cluster")
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    REMOTE_CLUSTER_FIELD_NUMBER: _ClassVar[int]
    file_info: bytes
    post: bytes
    remote_cluster: bytes
    def __init__(self, file_info: _Optional[bytes] = ..., post: _Optional[bytes] = ..., remote_cluster: _Optional[bytes] = ...) -> None: ...

class OnSharedChannelsAttachmentSyncMsgResponse(_message.Message):
    __slots__ = ("error",)
    ERROR_FIELD_NUMBER: _ClassVar[int]
    error: AppError
    def __init__(self, error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class OnSharedChannelsProfileImageSyncMsgRequest(_message.Message):
    __slots__ = ("user", "remote_cluster")
    USER_FIELD_NUMBER: _ClassVar[int]
    REMOTE_CLUSTER_FIELD_NUMBER: _ClassVar[int]
    user: bytes
    remote_cluster: bytes
    def __init__(self, user: _Optional[bytes] = ..., remote_cluster: _Optional[bytes] = ...) -> None: ...

class OnSharedChannelsProfileImageSyncMsgResponse(_message.Message):
    __slots__ = ("error",)
    ERROR_FIELD_NUMBER: _ClassVar[int]
    error: AppError
    def __init__(self, error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class GenerateSupportDataRequest(_message.Message):
    __slots__ = ("context",)
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ...) -> None: ...

class GenerateSupportDataResponse(_message.Message):
    __slots__ = ("files", "error")
    FILES_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    files: _containers.RepeatedScalarFieldContainer[bytes]
    error: AppError
    def __init__(self, files: _Optional[_Iterable[bytes]] = ..., error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class OnSAMLLoginRequest(_message.Message):
    __slots__ = ("context", "user", "assertion")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    ASSERTION_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    user: bytes
    assertion: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., user: _Optional[bytes] = ..., assertion: _Optional[bytes] = ...) -> None: ...

class OnSAMLLoginResponse(_message.Message):
    __slots__ = ("error",)
    ERROR_FIELD_NUMBER: _ClassVar[int]
    error: AppError
    def __init__(self, error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class EmailNotificationWillBeSentRequest(_message.Message):
    __slots__ = ("email_notification",)
    EMAIL_NOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    email_notification: bytes
    def __init__(self, email_notification: _Optional[bytes] = ...) -> None: ...

class EmailNotificationWillBeSentResponse(_message.Message):
    __slots__ = ("content", "rejection")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    content: bytes
    rejection: str
    def __init__(self, content: _Optional[bytes] = ..., rejection: _Optional[str] = ...) -> None: ...

class FileWillBeDownloadedRequest(_message.Message):
    __slots__ = ("context", "file_info", "user_id", "download_type")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    DOWNLOAD_TYPE_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    file_info: bytes
    user_id: str
    download_type: str
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., file_info: _Optional[bytes] = ..., user_id: _Optional[str] = ..., download_type: _Optional[str] = ...) -> None: ...

class FileWillBeDownloadedResponse(_message.Message):
    __slots__ = ("rejection",)
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    rejection: str
    def __init__(self, rejection: _Optional[str] = ...) -> None: ...

class ChannelMemberWillBeAddedRequest(_message.Message):
    __slots__ = ("context", "channel_member")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    channel_member: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., channel_member: _Optional[bytes] = ...) -> None: ...

class ChannelMemberWillBeAddedResponse(_message.Message):
    __slots__ = ("channel_member", "rejection")
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    channel_member: bytes
    rejection: str
    def __init__(self, channel_member: _Optional[bytes] = ..., rejection: _Optional[str] = ...) -> None: ...

class TeamMemberWillBeAddedRequest(_message.Message):
    __slots__ = ("context", "team_member")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    team_member: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., team_member: _Optional[bytes] = ...) -> None: ...

class TeamMemberWillBeAddedResponse(_message.Message):
    __slots__ = ("team_member", "rejection")
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    team_member: bytes
    rejection: str
    def __init__(self, team_member: _Optional[bytes] = ..., rejection: _Optional[str] = ...) -> None: ...

class ChannelWillBeArchivedRequest(_message.Message):
    __slots__ = ("context", "channel")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    channel: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., channel: _Optional[bytes] = ...) -> None: ...

class ChannelWillBeArchivedResponse(_message.Message):
    __slots__ = ("rejection",)
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    rejection: str
    def __init__(self, rejection: _Optional[str] = ...) -> None: ...

class ChannelWillBeUpdatedRequest(_message.Message):
    __slots__ = ("context", "new_channel", "old_channel")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    NEW_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    OLD_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    new_channel: bytes
    old_channel: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., new_channel: _Optional[bytes] = ..., old_channel: _Optional[bytes] = ...) -> None: ...

class ChannelWillBeUpdatedResponse(_message.Message):
    __slots__ = ("channel", "rejection")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    channel: bytes
    rejection: str
    def __init__(self, channel: _Optional[bytes] = ..., rejection: _Optional[str] = ...) -> None: ...

class ChannelWillBeRestoredRequest(_message.Message):
    __slots__ = ("context", "channel")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    channel: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., channel: _Optional[bytes] = ...) -> None: ...

class ChannelWillBeRestoredResponse(_message.Message):
    __slots__ = ("rejection",)
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    rejection: str
    def __init__(self, rejection: _Optional[str] = ...) -> None: ...

class ScheduledPostWillBeCreatedRequest(_message.Message):
    __slots__ = ("context", "scheduled_post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_POST_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    scheduled_post: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., scheduled_post: _Optional[bytes] = ...) -> None: ...

class ScheduledPostWillBeCreatedResponse(_message.Message):
    __slots__ = ("scheduled_post", "rejection")
    SCHEDULED_POST_FIELD_NUMBER: _ClassVar[int]
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    scheduled_post: bytes
    rejection: str
    def __init__(self, scheduled_post: _Optional[bytes] = ..., rejection: _Optional[str] = ...) -> None: ...

class DraftWillBeUpsertedRequest(_message.Message):
    __slots__ = ("context", "draft")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    DRAFT_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    draft: bytes
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., draft: _Optional[bytes] = ...) -> None: ...

class DraftWillBeUpsertedResponse(_message.Message):
    __slots__ = ("draft", "rejection")
    DRAFT_FIELD_NUMBER: _ClassVar[int]
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    draft: bytes
    rejection: str
    def __init__(self, draft: _Optional[bytes] = ..., rejection: _Optional[str] = ...) -> None: ...

class MessagesWillBeConsumedWithContextRequest(_message.Message):
    __slots__ = ("context", "posts")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    POSTS_FIELD_NUMBER: _ClassVar[int]
    context: PluginContext
    posts: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, context: _Optional[_Union[PluginContext, _Mapping]] = ..., posts: _Optional[_Iterable[bytes]] = ...) -> None: ...

class MessagesWillBeConsumedWithContextResponse(_message.Message):
    __slots__ = ("posts",)
    POSTS_FIELD_NUMBER: _ClassVar[int]
    posts: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, posts: _Optional[_Iterable[bytes]] = ...) -> None: ...
