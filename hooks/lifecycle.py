"""Hooks for the plugin's own life: activation, configuration, installation."""

from mattermost_plugin._hook import ErrorHook, Param, VoidHook
from mattermost_plugin.models import OnInstallEvent


class OnActivate(ErrorHook):
    """The plugin is starting; raise to abort activation (no other hook runs until this succeeds)."""

    id = 0
    since = "5.2"
    context = False
    hands_over_api = True


class OnDeactivate(ErrorHook):
    """The plugin is stopping; the last chance to use the API."""

    id = 1
    since = "5.2"
    context = False


class OnConfigurationChange(ErrorHook):
    """The configuration may have changed; also runs once before OnActivate. Errors are only logged."""

    id = 3
    since = "5.2"
    context = False
    hands_over_api = True


class OnInstall(ErrorHook):
    """The plugin was installed through onboarding (on every installation)."""

    id = 25
    since = "6.5"
    params = (Param("event", OnInstallEvent, nullable=False),)


class OnSendDailyTelemetry(VoidHook):
    """The server is sending its daily telemetry."""

    id = 26
    since = "6.5"
    context = False
