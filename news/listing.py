"""How articles are listed: newest first, through the listing index.

Each article keeps a copy of its parent and `live` flag (kept in step by
news.signal_handlers); the composite indexes on them (news.models, ArticlePage.Meta) let a
listing read a page of articles without sorting them all.
"""

# Newest first; articles whose date is not known come last (their sort_date is date.min).
NEWEST_FIRST = ("-sort_date", "-pk")
OLDEST_FIRST = ("sort_date", "pk")


def in_order(queryset, ids):
    """The rows of `ids`, in that order: with many articles, sorting narrow rows of ids
    and then fetching a page of full rows is much cheaper than sorting full rows."""
    rows = queryset.model.objects.in_bulk(list(ids))
    return [rows[pk] for pk in ids if pk in rows]


def listed(articles):
    """Only the published articles readers may see (`listed_live`, see above)."""
    return articles.filter(listed_live=True).public()


def newest(articles, count):
    return in_order(articles, list(articles.values_list("pk", flat=True)[:count]))
