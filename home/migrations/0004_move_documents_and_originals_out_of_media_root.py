"""Documents and image originals leave MEDIA_ROOT, which the web server serves, for
PRIVATE_MEDIA_ROOT; renditions made so far get unguessable names (home.file_storage)."""

from django.db import migrations

from home.legacy_media import move_private_files_out_of_media_root, rename_guessable_renditions


def secure_existing_files(apps, schema_editor):
    move_private_files_out_of_media_root()
    rename_guessable_renditions(apps.get_model("wagtailimages", "Rendition").objects.all())


class Migration(migrations.Migration):

    dependencies = [
        ("home", "0003_trial_funders_are_the_consortiums"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    # Going back leaves the files where they are: the old layout exposed them.
    operations = [migrations.RunPython(secure_existing_files, migrations.RunPython.noop)]
