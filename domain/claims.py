"""The claims contract (v1) as models: one figure or status that a ticker entry reports.

Field names and values follow ``shared/docs/claims.md``; a number the text does not give is
``None``, never a guess.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from domain.base import Value

Qualifier = Literal["exact", "at_least", "about", "more_than", "up_to"]
Weapon = Literal["drone", "missile", "cruise_missile", "ballistic_missile", "glide_bomb", "aircraft", "mixed"]
Victims = Literal["civilians", "soldiers", "children", "unspecified"]
AidKind = Literal["military", "financial", "humanitarian", "unspecified"]
AidStatus = Literal["demanded", "announced", "pledged", "approved", "delivered"]
FrontStatus = Literal[
    "offensive_preparation",
    "attack",
    "advance",
    "capture",
    "withdrawal",
    "strike",
    "combat",
    "critical",
    "stable",
]
Count = Annotated[int, Field(ge=0)]


class ClaimBase(Value):
    """What every claim has: the sentence that states it, where it stands, who says so."""

    evidence: str
    span: tuple[int, int]
    reported_by: str | None = None


class InterceptionClaim(ClaimBase):
    kind: Literal["interception"] = "interception"
    weapon: Weapon
    launched: Count | None = None
    intercepted: Count | None = None
    lost: Count | None = None
    attacker: Literal["RU", "UA"] | None = None
    place: str | None = None


class CasualtyClaim(ClaimBase):
    kind: Literal["casualty"] = "casualty"
    killed: Count | None = None
    injured: Count | None = None
    victims: Victims = "unspecified"
    qualifier: Qualifier = "exact"
    place: str | None = None
    cumulative: bool = False


class TroopsClaim(ClaimBase):
    kind: Literal["troops"] = "troops"
    country: str | None = None
    count: Count
    qualifier: Qualifier = "exact"
    place: str | None = None


class AidPledgeClaim(ClaimBase):
    kind: Literal["aid_pledge"] = "aid_pledge"
    donor: str | None = None
    recipient: str | None = "UA"
    amount: Count | None = None
    currency: str | None = None
    aid_kind: AidKind = "unspecified"
    status: AidStatus = "announced"
    cumulative: bool = False
    items: str | None = None


class FrontClaim(ClaimBase):
    kind: Literal["front"] = "front"
    place: str
    status: FrontStatus
    actor: str | None = None


Claim = Annotated[
    InterceptionClaim | CasualtyClaim | TroopsClaim | AidPledgeClaim | FrontClaim,
    Field(discriminator="kind"),
]
CLAIM_KINDS = ("interception", "casualty", "troops", "aid_pledge", "front")
