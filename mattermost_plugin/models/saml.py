"""SAML login models: :class:`AssertionInfo` (``saml2.AssertionInfo`` from
github.com/mattermost/gosaml2), :class:`WarningInfo` and :class:`ProxyRestriction`.

Go declares no json tags on these, so the JSON keys are the Go field names (``NameID``,
``Values``, ``WarningInfo``, ...).  ``time.Time`` values stay RFC 3339 strings.
``values`` (attribute name -> SAML attribute) and ``assertions`` (the raw assertions)
are kept verbatim.
"""

from typing import Any, Optional

from ._base import Model, go, model

__all__ = ["AssertionInfo", "WarningInfo", "ProxyRestriction"]


@model
class ProxyRestriction(Model):
    """The ProxyRestriction condition of a SAML assertion (``saml2.ProxyRestriction``)."""

    count: int = go(default=0, json="Count")
    audience: Optional[list[str]] = go(default=None, json="Audience")


@model
class WarningInfo(Model):
    """Conditions of a SAML assertion the service provider should check
    (``saml2.WarningInfo``)."""

    one_time_use: bool = go(default=False, json="OneTimeUse")
    proxy_restriction: Optional[ProxyRestriction] = go(default=None, json="ProxyRestriction")
    not_in_audience: bool = go(default=False, json="NotInAudience")
    invalid_time: bool = go(default=False, json="InvalidTime")


@model
class AssertionInfo(Model):
    """A validated SAML login response: who logged in and their attributes
    (``saml2.AssertionInfo``)."""

    name_id: str = go(default="", json="NameID")
    #: Attribute name -> attribute (FriendlyName, Name, NameFormat, Values), verbatim.
    values: Optional[dict[str, Any]] = go(default=None, json="Values")
    warning_info: Optional[WarningInfo] = go(default=None, json="WarningInfo")
    session_index: str = go(default="", json="SessionIndex")
    #: RFC 3339 timestamp.
    authn_instant: Optional[str] = go(default=None, json="AuthnInstant")
    #: RFC 3339 timestamp.
    session_not_on_or_after: Optional[str] = go(default=None, json="SessionNotOnOrAfter")
    #: The raw assertions, verbatim (``[]types.Assertion``).
    assertions: Optional[list[Any]] = go(default=None, json="Assertions")
    response_signature_validated: bool = go(default=False, json="ResponseSignatureValidated")
