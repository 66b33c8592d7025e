"""HTTP hooks: requests sent to the plugin's URL, and its metrics."""

from mattermost_plugin._hook import StreamHook


class ServeHTTP(StreamHook):
    """Handles HTTP requests sent to /plugins/{id}/..."""

    id = 2
    since = "5.2"


class ServeMetrics(StreamHook):
    """Serves the plugin's own metrics at /plugins/{id}/metrics on the metrics listener."""

    id = 39
    since = "9.2"
