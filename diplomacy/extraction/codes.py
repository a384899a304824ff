"""CAMEO and PLOVER codes for the event kinds.

CAMEO (Gerner et al., 04 "Consult"): 041 discuss by telephone (a call), 042 make a visit,
043 host a visit / meet (a meeting), 036 express intent to meet or negotiate (a planned
meeting, visit or call); 057 sign formal agreement; CAMEO has no code for naming or
returning an envoy, so an appointment is 050 "engage in diplomatic cooperation"; a recall
or downgrade is 161 "reduce or break diplomatic relations" and an expulsion 166 "expel or
withdraw".  PLOVER (Halterman et al.) folds these into CONSULT with the modes visit / phone /
meet, AGREE, COOPERATE (diplomatic) and REDUCE (diplomatic, or expel).
"""

from __future__ import annotations

from diplomacy.extraction.types import ExtractedEvent

_CAMEO = {
    "meeting": "043",
    "visit": "042",
    "call": "041",
    "agreement": "057",
    "appointment": "050",
    "withdrawal": "161",
}
_PLOVER = {
    "meeting": ("CONSULT", "meet"),
    "visit": ("CONSULT", "visit"),
    "call": ("CONSULT", "phone"),
    "agreement": ("AGREE", ""),
    "appointment": ("COOPERATE", ""),
    "withdrawal": ("SANCTION", "withdraw"),
}


def cameo_code(kind: str, event: ExtractedEvent | None = None) -> str:
    """The CAMEO code of an event kind; an expulsion (trigger "expel") is 166, a planned
    meeting or visit 036 ("express intent to meet or negotiate")."""
    if event is not None and event.status == "planned" and kind in ("meeting", "visit", "call"):
        return "036"
    if kind == "withdrawal" and event is not None and event.trigger.lower().startswith("expel"):
        return "166"
    return _CAMEO[kind]


def plover(kind: str, event: ExtractedEvent | None = None) -> tuple[str, str]:
    """The PLOVER event type and mode of an event kind (mode "" when PLOVER has none)."""
    if kind == "withdrawal" and event is not None and event.trigger.lower().startswith("expel"):
        return ("SANCTION", "expel")
    return _PLOVER[kind]
