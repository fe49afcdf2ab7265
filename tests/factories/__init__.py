"""Factories (factory_boy, wagtail-factories) that build the few pages and records a
behaviour test needs, one module per app, so that editing the launch copy cannot break a
behaviour test. Every database test starts from a bare site (`home.bare_site`: the home
page, the groups and workflows); the content suite (tests/content/) alone loads the launch
content, through the `demo_content` fixture of tests/conftest.py."""
