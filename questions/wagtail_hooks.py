from . import personal_data  # noqa: F401 (registers its hook)
