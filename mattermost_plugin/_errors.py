"""The exceptions a plugin author meets."""

from __future__ import annotations


class PluginError(Exception):
    """An error a hook raises on purpose, with the AppError fields Mattermost shows.

    Raise it from a hook whose Go signature returns an error (``on_activate``,
    ``execute_command``, ``run_data_retention``, ...) to choose the AppError's
    id, HTTP status code and detail. Any other exception raised there becomes an
    AppError too, with id ``plugin.error`` and status 500.
    """

    def __init__(
        self,
        message: str,
        *,
        id: str = "plugin.error",
        status_code: int = 500,
        detailed_error: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.id = id
        self.status_code = status_code
        self.detailed_error = detailed_error


class PluginDefinitionError(TypeError):
    """A plugin class is written wrongly: a misspelt hook name or a wrong signature.

    Raised when the class is created, so the mistake shows at import time rather
    than when Mattermost first calls the hook.
    """
