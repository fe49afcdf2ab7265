"""The trial's models now belong to the trial app (trial.0001 keeps their rows):
they leave home's state only; the database is not touched here."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0005_move_documents_and_originals_out_of_media_root'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='glossaryterm',
                    name='page',
                ),
                migrations.RemoveField(
                    model_name='laysummarypage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='trialcentre',
                    name='page',
                ),
                migrations.RemoveField(
                    model_name='trialmilestone',
                    name='trial_status',
                ),
                migrations.RemoveField(
                    model_name='trialpage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='trialstatus',
                    name='latest_revision',
                ),
                migrations.RemoveField(
                    model_name='trialstatus',
                    name='live_revision',
                ),
                migrations.RemoveField(
                    model_name='trialstatus',
                    name='more_page',
                ),
                migrations.DeleteModel(
                    name='GlossaryPage',
                ),
                migrations.DeleteModel(
                    name='GlossaryTerm',
                ),
                migrations.DeleteModel(
                    name='LaySummaryPage',
                ),
                migrations.DeleteModel(
                    name='TrialCentre',
                ),
                migrations.DeleteModel(
                    name='TrialMilestone',
                ),
                migrations.DeleteModel(
                    name='TrialPage',
                ),
                migrations.DeleteModel(
                    name='TrialStatus',
                ),
            ],
        ),
    ]
