"""Addresses of the news app outside the page tree: journalists' preview links."""

from django.urls import path

from . import preview_views

urlpatterns = [
    path("press-preview/<str:token>/", preview_views.preview, name="press_preview"),
    path("press-preview/<str:token>/image/<int:pk>/", preview_views.kit_image,
         name="press_preview_image"),
    path("press-preview/<str:token>/document/<int:pk>/", preview_views.kit_document,
         name="press_preview_document"),
    path("press-preview/<str:token>/pdf/", preview_views.release_pdf, name="press_preview_pdf"),
]
