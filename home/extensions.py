"""Where the feature apps add to what the site's base shows, without home naming them.

Each app registers with Wagtail's hooks, in its own wagtail_hooks.py:

- a template for a slot of every page ("head", "header", "banner", "notice" above the main
  text, "footer") or of the home page
  ("home_sections"); `{% page_slot %}` renders it there with the page's context:

      @hooks.register(SLOT_HOOKS["banner"])
      def status_banner():
          return Chrome("trial/slots/banner.html")

  A slot is part of every page: it must add no query per request. Return its template as
  `Chrome(name)` when what it shows depends only on the language, the site and the content
  (a menu, a banner, a list of funders), not on the page, the reader or the query string:
  it is then rendered once per language and site, and kept until any content changes
  (home.cache). A slot that depends on the page returns a plain template name and reads
  only what the page already holds, or keeps its own data with
  `home.cache.cached_until_content_changes`. `tests/news/test_article_queries.py` holds
  every page to a few queries. Never put a CSRF token, a nonce or a message in a Chrome
  template: its output is shared by every reader.

- facts for the home page's schema.org ResearchProject: a function (page, request) that
  returns a dict of properties, registered as RESEARCH_PROJECT_HOOK.

- what they hold about one email address, for the admin's export and erasure
  (home.personal_data): a function (email, erase) that returns {title: [records]} and,
  when `erase` is true, deletes them; registered as PERSONAL_DATA_HOOK.

- a function (form) called when a page's admin form is made, after home's own checks, to
  narrow what its user may change (e.g. fields a role may only read); registered as
  PAGE_FORM_HOOK.

Hooks run by their `order`, then in the order of INSTALLED_APPS.
"""

from wagtail import hooks

SLOT_HOOKS = {slot: f"page_slot_{slot}"
              for slot in ("head", "header", "banner", "notice", "footer", "home_sections")}
RESEARCH_PROJECT_HOOK = "research_project_facts"
PERSONAL_DATA_HOOK = "personal_data_by_email"
PAGE_FORM_HOOK = "construct_page_admin_form"


class Chrome(str):
    """A slot template whose output depends only on the language, the site and the content,
    rendered once and kept with the site chrome (see above)."""


def slot_templates(slot):
    """The templates the apps put in `slot`, in order."""
    return [template_for() for template_for in hooks.get_hooks(SLOT_HOOKS[slot])]


def research_project_facts(page, request):
    """What the apps know of the research project the home page describes."""
    facts = {}
    for describe in hooks.get_hooks(RESEARCH_PROJECT_HOOK):
        facts.update(describe(page, request))
    return facts


def personal_data(email, erase=False):
    """Everything the apps hold about `email`, erased too when `erase` is true."""
    held = {}
    for collect in hooks.get_hooks(PERSONAL_DATA_HOOK):
        held.update(collect(email, erase))
    return held
