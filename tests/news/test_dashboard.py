"""The dashboard's panel of scheduled go-lives: languages filled and preview links opened
per release, in the same number of queries however many are scheduled."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from home.roles import COMMUNICATIONS, EDITORS
from news.models import Kind, PreviewLink, PreviewOpen
from tests.factories.home import OTHER_LANGUAGES
from tests.factories.news import ArticlePageFactory, news_index
from tests.helpers import soup
from tests.roles_helpers import member_of

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(autouse=True)
def news_section(db):
    # Communications and Editors reach the admin through their rights on the news section.
    return news_index()


def scheduled(title, languages=("en", "fr", "it", "sv"), opens=0):
    titles = {f"title_{code}": f"{title} {code}" if code in languages else None
              for code in OTHER_LANGUAGES}
    page = ArticlePageFactory(title=f"{title} en", slug=title.lower().replace(" ", "-"),
                              summary="Summary", publish=False, kind=Kind.PRESS,
                              date=datetime.date(2026, 3, 2), **titles)
    page.go_live_at = timezone.now() + datetime.timedelta(days=3)
    page.save_revision().publish()
    link = PreviewLink.objects.create(release=page, label="Agence")
    PreviewOpen.objects.bulk_create([PreviewOpen(link=link, language="en")] * opens)
    return page


def panel(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return soup(response).select_one("#scheduled-releases-section"), len(queries)


def test_communications_see_what_goes_live_with_languages_and_openings():
    communications = member_of(COMMUNICATIONS)
    panel(communications)  # an account's first visit does one-off work (its profile, caches)
    _empty, before = panel(communications)
    scheduled("Results day", opens=3)
    scheduled("Half translated", languages=("en", "fr"))
    table, one_more = panel(communications)
    rows = [[cell.get_text(" ", strip=True) for cell in row.select("td")]
            for row in table.select("tbody tr")]
    assert [row[0] for row in rows] == ["Results day en", "Half translated en"]
    assert rows[0][2] == "EN, FR, IT, SV" and rows[0][3] == "3"
    assert rows[1][2] == "EN, FR missing: IT, SV" and rows[1][3] == "0"
    for n in range(3):
        scheduled(f"More {n}", opens=n)
    _table, many_more = panel(communications)
    assert many_more == one_more  # constant queries, whatever is scheduled
    assert before <= one_more


def test_editors_do_not_get_the_panel():
    scheduled("Results day")
    table, _queries = panel(member_of(EDITORS))
    assert table is None
