"""Server-wide hooks: configuration, data retention, cloud limits, support packets."""

from typing import Any, Optional, Union

from mattermost_plugin._hook import ModifyHook, Param, ValueHook, VoidHook
from mattermost_plugin.models import Config, FileData, ProductLimits


class ConfigurationWillBeSaved(ModifyHook):
    """Before the configuration is saved: return a Config to save instead, raise to block the save."""

    id = 34
    since = "8.0"
    context = False
    params = (Param("config", Config),)
    returns = Config
    result_field = "config"
    returns_error = True


class RunDataRetention(ValueHook):
    """During the data retention job: delete the plugin's old data and return how many items went."""

    id = 24
    since = "6.4"
    context = False
    params = (Param("now_time", int), Param("batch_size", int))
    returns = int
    result_field = "deleted"
    returns_error = True
    meanings = {"int": "how many items the plugin deleted"}


class OnCloudLimitsUpdated(VoidHook):
    """The cloud plan's product limits changed."""

    id = 27
    since = "7.0"
    context = False
    params = (Param("limits", ProductLimits),)


class GenerateSupportData(ValueHook):
    """A Support Packet is being generated; return files to add to it."""

    id = 45
    since = "9.8"
    returns = list[FileData]
    result_field = "files"
    returns_error = True
    meanings = {
        "list[FileData]": "the files to add to the Support Packet",
        "FileData": "one file to add",
        "None": "no files",
    }

    @classmethod
    def result_type(cls) -> Any:
        return Optional[Union[list[FileData], FileData]]

    @classmethod
    def coerce(cls, value: Any) -> Any:
        if value is None:
            return []
        return [value] if isinstance(value, FileData) else value
