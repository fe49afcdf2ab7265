from tests.mail_server import smtp, smtp_server  # noqa: F401 (fixtures)
