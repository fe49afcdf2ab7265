"""The markup a translated text may carry: the English's tags and links, well formed, and
nothing that runs code."""

import pytest

from translations.exchange.markup import MarkupError, check_translation

ENGLISH = ('<p>Read <a linktype="page" id="3">the page</a> and <b>the results</b>:</p>'
           '<ul><li>safety</li><li>survival</li></ul>')


@pytest.mark.parametrize("french", [
    '<p>Lisez <b>les résultats</b> et <a linktype="page" id="3">la page</a> :</p>'
    '<ul><li>sécurité</li><li>survie</li></ul>',
    '<p>Lisez <a linktype="page" id="3">la page</a>, p &lt; 0,05 et p < 1 :</p>'
    '<ul><li>sécurité</li></ul>',
])
def test_a_translation_that_keeps_the_englishs_markup_passes(french):
    check_translation(ENGLISH, french, rich=True)


@pytest.mark.parametrize("french, reason", [
    ('<p>Lisez <a linktype="page" id="3">la page</a></p><ul><li>x</li></ul><script>x()'
     '</script>', "<script>"),
    ('<p>Lisez <a linktype="page" id="3">la page</a></p><ul><li>x</li></ul><SCRIPT>',
     "<script>"),
    ('<p>Lisez <a linktype="page" id="3">la page</a><iframe src="//x"></iframe></p>',
     "<iframe>"),
    ('<p>Lisez <a linktype="page" id="4">la page</a></p><ul><li>x</li></ul>', "links differ"),
    ('<p>Lisez la page</p><ul><li>x</li></ul>', "links differ"),
    ('<p>Lisez <a linktype="page" id="3" onclick="x()">la page</a></p>', "attribute"),
    ('<p>Lisez <a linktype="page" id="3">la page</a></p><ul><li>x</li>', "never closed"),
    ('<p>Lisez <a linktype="page" id="3">la page</a></p><ul><li>x</li></ul><p',
     "unfinished tag"),
    ('<p>Lisez <a linktype="page" id="3">la page</a></p><!-- x --><ul><li>x</li></ul>',
     "comment"),
    ('<h2>Lisez <a linktype="page" id="3">la page</a></h2>', "<h2>"),
])
def test_a_translation_that_breaks_or_adds_markup_is_refused(french, reason):
    with pytest.raises(MarkupError, match=reason):
        check_translation(ENGLISH, french, rich=True)


def test_plain_text_takes_no_markup_but_keeps_its_less_than_signs():
    check_translation("p < 0.05", "p < 0,05", rich=False)
    with pytest.raises(MarkupError):
        check_translation("Summary", "Résumé <b>gras</b>", rich=False)
    with pytest.raises(MarkupError, match="<script>"):
        check_translation("Summary", "Résumé<script>alert(1)</script>", rich=False)
