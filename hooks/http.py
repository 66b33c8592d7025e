"""HTTP hooks: requests sent to the plugin's URL, and its metrics."""

from mattermost_plugin._hook import HTTPHook, Param
from mattermost_plugin.http import Request


class ServeHTTP(HTTPHook):
    """Serves an HTTP request sent to /plugins/{plugin id}/...; return the response (mount a web app with asgi/wsgi).

    ``request.user_id`` is the logged-in user who sent it (empty without a
    session); ``request.path`` is below the plugin's prefix. Bodies stream both
    ways: see docs/http.md.
    """

    id = 2
    since = "5.2"
    params = (Param("request", Request, go="*http.Request"),)


class ServeMetrics(HTTPHook):
    """Serves the plugin's own metrics at /plugins/{plugin id}/metrics on the metrics listener (Prometheus text format)."""

    id = 39
    since = "9.2"
    params = (Param("request", Request, go="*http.Request"),)
    text_type = "text/plain; version=0.0.4; charset=utf-8"
