"""The trial's demo-content step: the trial page and its centres, the glossary, the lay
summary of the results and the trial status, from trial/content/.

Idempotent: what exists is left as editors made it; only what is missing is made.
"""

from django.utils import translation

from home.content_files import read
from home.languages import DEFAULT_LANGUAGE
from home.page_builder import add_page, find_child, set_translations, texts_of
from trial.models import (
    GlossaryPage,
    GlossaryTerm,
    LaySummaryPage,
    TrialCentre,
    TrialMilestone,
    TrialPage,
    TrialStatus,
)

TRIAL_PAGE_TEXTS = ("slug", "title", "search_description", "intro", "what_and_why", "design",
                    "eligibility", "condition", "condition_short_names", "sponsor")
TRIAL_PAGE_ATTRIBUTES = ("trial_name", "nct_number", "eudract_number", "phase", "show_in_menus")
PAGE_FIELDS = ("slug", "title", "search_description", "intro")


def load(launch):
    """Make what is missing of the trial page, the glossary, the lay summary and the status."""
    home = launch.home
    with translation.override(DEFAULT_LANGUAGE):
        trial = trial_page(home, launch.pages)
        launch.pages["about-trial"] = trial
        data = read("trial", "glossary")
        glossary = find_child(home, data["slug"][DEFAULT_LANGUAGE])
        if glossary is None:
            glossary = GlossaryPage()
            set_translations(glossary, texts_of(data, PAGE_FIELDS))
            # sort_order is the admin's order; without it the database picks one.
            glossary.terms = [GlossaryTerm(sort_order=position, **translated_columns(term))
                              for position, term in enumerate(data["term"])]
            publish_new(home, glossary)
        launch.pages["glossary"] = glossary
        if isinstance(trial, TrialPage):
            data = read("trial", "lay-summary")
            summary = find_child(trial, data["slug"][DEFAULT_LANGUAGE])
            if summary is None:
                summary = LaySummaryPage()
                set_translations(summary, data, pages_by_key=launch.pages)
                publish_new(trial, summary)
            launch.pages["lay-summary"] = summary
        trial_status(trial)


def translated_columns(record):
    """{field: {language: text}} -> {field_language: text}, for a model's constructor."""
    return {f"{field}_{language}": text
            for field, values in record.items() for language, text in values.items()}


def publish_new(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()


def trial_page(home, pages_by_key):
    data = read("trial", "trial-page")
    page = find_child(home, data["slug"][DEFAULT_LANGUAGE])
    if page is not None:
        # A database made before the trial page existed keeps its "About the trial"
        # standard page: it is left alone, and still serves as the "about-trial" page.
        return page
    page = add_page(home, TrialPage, texts_of(data, TRIAL_PAGE_TEXTS), publish=False,
                    **texts_of(data, TRIAL_PAGE_ATTRIBUTES))
    set_translations(page, {"body": data["body"]}, pages_by_key=pages_by_key)
    page.centres = [
        TrialCentre(region=centre["region"], hospital=centre["hospital"],
                    number=centre["number"], sort_order=position,
                    **translated_columns(texts_of(centre, ("city",))))
        for position, centre in enumerate(read("trial", "centres")["centre"])
    ]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def trial_status(trial):
    if TrialStatus.objects.exists():
        return
    data = read("trial", "status")
    status = TrialStatus(status=data["status"], participants=data["participants"],
                         more_page=trial, **translated_columns(texts_of(data, ("banner_text",))))
    status.milestones = [
        TrialMilestone(date=milestone["date"], precision=milestone["precision"],
                       sort_order=position, **translated_columns(texts_of(milestone, ("label",))))
        for position, milestone in enumerate(data["milestone"])
    ]
    status.save()
    status.save_revision().publish()
