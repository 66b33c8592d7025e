"""Team models: :class:`TeamMember`."""

from ._base import Model, model

__all__ = ["TeamMember"]


@model
class TeamMember(Model):
    """A user's membership of a team (``model.TeamMember``; its ``CreateAt`` is
    ``json:"-"`` in Go and so is not part of the model)."""

    team_id: str = ""
    user_id: str = ""
    roles: str = ""
    delete_at: int = 0
    scheme_guest: bool = False
    scheme_user: bool = False
    scheme_admin: bool = False
    explicit_roles: str = ""
