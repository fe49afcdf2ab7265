from django.urls import path

from . import views

urlpatterns = [
    path("translations/files/", views.index, name="translations_files"),
    path("translations/files/export/", views.export, name="translations_files_export"),
    path("translations/files/import/", views.import_view, name="translations_files_import"),
]
