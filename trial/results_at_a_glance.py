"""Results at a glance: three small graphics that open the trial page and the lay summary,
drawn on the server as inline SVG (no script, no image file). Every graphic sits beside a
text that says the same thing, which is what screen readers read (the SVG is hidden from
them).

Shapes are drawn in currentColor, and a group is told apart by shape (filled or outlined),
never by colour alone, so the graphics print in black and follow forced-colours (high
contrast) mode. The numbers are read from home/content/facts.toml, where each is written
once with its source; nothing else is drawn.
"""

import tomllib
from functools import cache

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.content_files import FACTS_FILE

PEOPLE_PER_DOT = 10
DOT, GAP = 16, 6  # diameter and gap of a dot, in the SVG's own units
STEP = DOT + GAP


@cache
def facts():
    with FACTS_FILE.open("rb") as file:
        return tomllib.load(file)


def dot_row(filled, outlined=0, per_row=11):
    """A grid of dots: `filled` solid ones, then `outlined` ones, `per_row` to a row."""
    total = filled + outlined
    centre = GAP + DOT // 2
    dots = [{"cx": centre + STEP * (i % per_row), "cy": centre + STEP * (i // per_row),
             "r": DOT // 2 - 1, "filled": i < filled} for i in range(total)]
    columns, rows = min(total, per_row), -(-total // per_row)
    return {"dots": dots, "width": GAP + STEP * columns, "height": GAP + STEP * rows}


def percent(value):
    """A percentage as the active language writes it (40 %, 40%)."""
    return _("%(number)s%%") % {"number": number_format(value)}


def who_took_part():
    data = facts()
    people, centres = data["participants"], data["centres"]
    return {
        "key": "who",
        "title": _("Who took part"),
        "text": _("%(people)s people with ALS/MND took part, in %(centres)s centres: "
                  "%(uk)s in the UK and %(france)s in France.") % {
            "people": people, "centres": centres["total"], "uk": centres["uk"],
            "france": centres["france"]},
        "rows": [
            {"label": ngettext("%(count)s person: each dot is 10 people",
                               "%(count)s people: each dot is 10 people", people)
                      % {"count": people},
             "shapes": dot_row(people // PEOPLE_PER_DOT)},
            {"label": ngettext("UK: %(count)s centre", "UK: %(count)s centres", centres["uk"])
                      % {"count": centres["uk"]},
             "shapes": dot_row(centres["uk"], per_row=10), "square": True},
            {"label": ngettext("France: %(count)s centre", "France: %(count)s centres",
                               centres["france"]) % {"count": centres["france"]},
             "shapes": dot_row(0, centres["france"], per_row=10), "square": True},
        ],
    }


def two_groups():
    """No group sizes: the sources do not give them."""
    return {
        "key": "groups",
        "title": _("Two groups, chosen at random"),
        "text": _("Each participant was put in one of two groups, chosen at random: IL-2LD or "
                  "placebo (a dummy treatment), for 18 months. Everyone also took riluzole."),
        "split": {"from": _("All participants"), "to": [_("IL-2LD"), _("Placebo")],
                  "how": _("chosen at random")},
    }


def main_finding():
    data = facts()["results"]
    lower, reduced = data["lower_pnfh_in_10"], data["death_risk_reduced_over_percent"]
    return {
        "key": "finding",
        "title": _("What the trial found"),
        "text": _("About %(lower)s in 10 participants had lower levels of the pNFH marker. In "
                  "that group, the risk of death at the end of the study was reduced by over "
                  "%(percent)s with IL-2LD.") % {"lower": lower, "percent": percent(reduced)},
        "note": _("This comes from a more detailed analysis, planned in advance. The main "
                  "analysis of all participants did not show a clear difference in survival."),
        "rows": [
            {"label": _("About %(lower)s in 10: lower pNFH") % {"lower": lower},
             "shapes": dot_row(lower, 10 - lower, per_row=10)},
        ],
        "bars": [
            {"label": _("Risk of death with placebo"), "length": 100, "filled": False},
            {"label": _("With IL-2LD: over %(percent)s lower") % {"percent": percent(reduced)},
             "length": 100 - reduced, "filled": True},
        ],
    }


def results_at_a_glance():
    return [who_took_part(), two_groups(), main_finding()]
