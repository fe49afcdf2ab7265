# Wagtail loads only the app's own wagtail_hooks: the files for translators register theirs.
from .exchange import wagtail_hooks as exchange_hooks  # noqa: F401
