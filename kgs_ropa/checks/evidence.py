"""Whether a text documents something, or only holds its place.

A balancing test, a consent record, an agreement or DPIA reference or a legal reference counts
only when it says something of its own: not "te bevestigen", "assumed" or "n.v.t.", and not only
a quotation (of the privacy statement's general promise, say) with a word or two around it.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words that hold a place, alone or at the start of the text ("Te bevestigen: ...").
PLACEHOLDER_START = re.compile(
    r"(nog )?(te bevestigen|te bepalen|in te vullen)|to be (confirmed|defined|determined)"
    r"|tbc|tbd|todo|aangenomen|aanname|assumed|assumption|onbekend|unknown",
    re.IGNORECASE,
)
# Placeholders only when they are the whole text ("na" starts many a real Dutch sentence).
PLACEHOLDER_WHOLE = re.compile(
    r"n\.?v\.?t\.?|n/a|nvt|niet van toepassing|not applicable|p\.?m\.?|zie (boven|hierboven)"
    r"|see above|[-–—?.…]+",
    re.IGNORECASE,
)
# A quotation in straight or typographic double quotes.
QUOTED = re.compile(r'"[^"]*"|“[^”]*”|„[^”“]*[”“]|«[^»]*»')
# Fewer words than this outside the quotations: the text is the quotation with a label on it.
OWN_WORDS = 3


def own_words(value: str) -> list[str]:
    """The words of a text outside its quotations."""
    return re.findall(r"\w+", QUOTED.sub(" ", value))


def is_quote_only(value: str) -> bool:
    """A text that is a quotation with at most a label around it."""
    return bool(QUOTED.search(value)) and len(own_words(value)) < OWN_WORDS


def is_placeholder(value: str) -> bool:
    value = value.strip()
    start = PLACEHOLDER_START.match(value)
    if start and (start.end() == len(value) or not value[start.end()].isalnum()):
        return True
    return PLACEHOLDER_WHOLE.fullmatch(value) is not None


@lru_cache(maxsize=4096)  # a register repeats its references and placeholders many times
def documents(value: str) -> bool:
    """True when the text documents something: not empty, no placeholder, not only a quote."""
    value = value.strip()
    return bool(value) and not is_placeholder(value) and not is_quote_only(value)
