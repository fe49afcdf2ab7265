"""The trial's models move from `home` to this app with their rows.

Their content types are relabelled in place, so that every row pointing at them (pages,
revisions, log entries, the reference index, permissions) follows; the state is created
here on the old tables, which are then renamed. home.0006 drops them from home's state.
On a new database the content types do not exist yet and the tables are renamed as
soon as home's migrations have made them.
"""

import django.core.validators
import django.db.models.deletion
import modelcluster.fields
import trial.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


MOVED_MODELS = ["glossarypage", "laysummarypage", "trialpage", "glossaryterm", "trialcentre", "trialstatus", "trialmilestone"]


def relabel_content_types(apps, schema_editor, old="home", new="trial"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.using(schema_editor.connection.alias).filter(
        app_label=old, model__in=MOVED_MODELS).update(app_label=new)
    ContentType.objects.clear_cache()


def relabel_back(apps, schema_editor):
    relabel_content_types(apps, schema_editor, old="trial", new="home")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0003_trial_funders_are_the_consortiums'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.RunPython(relabel_content_types, relabel_back),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='GlossaryPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, help_text='One or two plain sentences.', verbose_name='introduction')),
                        ('intro_en', models.TextField(blank=True, help_text='One or two plain sentences.', null=True, verbose_name='introduction')),
                        ('intro_fr', models.TextField(blank=True, help_text='One or two plain sentences.', null=True, verbose_name='introduction')),
                        ('intro_it', models.TextField(blank=True, help_text='One or two plain sentences.', null=True, verbose_name='introduction')),
                        ('intro_sv', models.TextField(blank=True, help_text='One or two plain sentences.', null=True, verbose_name='introduction')),
                    ],
                    options={
                        'db_table': 'home_glossarypage',
                        'verbose_name': 'glossary',
                        'verbose_name_plural': 'glossaries',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='LaySummaryPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, help_text='One or two plain sentences.', verbose_name='introduction')),
                        ('intro_en', models.TextField(blank=True, help_text='One or two plain sentences.', null=True, verbose_name='introduction')),
                        ('intro_fr', models.TextField(blank=True, help_text='One or two plain sentences.', null=True, verbose_name='introduction')),
                        ('intro_it', models.TextField(blank=True, help_text='One or two plain sentences.', null=True, verbose_name='introduction')),
                        ('intro_sv', models.TextField(blank=True, help_text='One or two plain sentences.', null=True, verbose_name='introduction')),
                        ('change_note', models.CharField(blank=True, help_text='Shown in the public version history when you publish. Write it anew for each version.', max_length=250, verbose_name='what changed in this version')),
                        ('change_note_en', models.CharField(blank=True, help_text='Shown in the public version history when you publish. Write it anew for each version.', max_length=250, null=True, verbose_name='what changed in this version')),
                        ('change_note_fr', models.CharField(blank=True, help_text='Shown in the public version history when you publish. Write it anew for each version.', max_length=250, null=True, verbose_name='what changed in this version')),
                        ('change_note_it', models.CharField(blank=True, help_text='Shown in the public version history when you publish. Write it anew for each version.', max_length=250, null=True, verbose_name='what changed in this version')),
                        ('change_note_sv', models.CharField(blank=True, help_text='Shown in the public version history when you publish. Write it anew for each version.', max_length=250, null=True, verbose_name='what changed in this version')),
                        ('identification', wagtail.fields.RichTextField(help_text='1. Trial identification: name, registry numbers, dates.', verbose_name='Which trial is this?')),
                        ('identification_en', wagtail.fields.RichTextField(help_text='1. Trial identification: name, registry numbers, dates.', null=True, verbose_name='Which trial is this?')),
                        ('identification_fr', wagtail.fields.RichTextField(help_text='1. Trial identification: name, registry numbers, dates.', null=True, verbose_name='Which trial is this?')),
                        ('identification_it', wagtail.fields.RichTextField(help_text='1. Trial identification: name, registry numbers, dates.', null=True, verbose_name='Which trial is this?')),
                        ('identification_sv', wagtail.fields.RichTextField(help_text='1. Trial identification: name, registry numbers, dates.', null=True, verbose_name='Which trial is this?')),
                        ('sponsor_contact', wagtail.fields.RichTextField(help_text='2. Sponsor and contact details.', verbose_name='Who ran the trial, and how to contact them')),
                        ('sponsor_contact_en', wagtail.fields.RichTextField(help_text='2. Sponsor and contact details.', null=True, verbose_name='Who ran the trial, and how to contact them')),
                        ('sponsor_contact_fr', wagtail.fields.RichTextField(help_text='2. Sponsor and contact details.', null=True, verbose_name='Who ran the trial, and how to contact them')),
                        ('sponsor_contact_it', wagtail.fields.RichTextField(help_text='2. Sponsor and contact details.', null=True, verbose_name='Who ran the trial, and how to contact them')),
                        ('sponsor_contact_sv', wagtail.fields.RichTextField(help_text='2. Sponsor and contact details.', null=True, verbose_name='Who ran the trial, and how to contact them')),
                        ('where_when_why', wagtail.fields.RichTextField(help_text='3. Where and when the trial took place, and its main aims.', verbose_name='Where, when and why was the trial done?')),
                        ('where_when_why_en', wagtail.fields.RichTextField(help_text='3. Where and when the trial took place, and its main aims.', null=True, verbose_name='Where, when and why was the trial done?')),
                        ('where_when_why_fr', wagtail.fields.RichTextField(help_text='3. Where and when the trial took place, and its main aims.', null=True, verbose_name='Where, when and why was the trial done?')),
                        ('where_when_why_it', wagtail.fields.RichTextField(help_text='3. Where and when the trial took place, and its main aims.', null=True, verbose_name='Where, when and why was the trial done?')),
                        ('where_when_why_sv', wagtail.fields.RichTextField(help_text='3. Where and when the trial took place, and its main aims.', null=True, verbose_name='Where, when and why was the trial done?')),
                        ('participants', wagtail.fields.RichTextField(help_text='4. How many people, their ages and sex, and who could take part.', verbose_name='Who took part?')),
                        ('participants_en', wagtail.fields.RichTextField(help_text='4. How many people, their ages and sex, and who could take part.', null=True, verbose_name='Who took part?')),
                        ('participants_fr', wagtail.fields.RichTextField(help_text='4. How many people, their ages and sex, and who could take part.', null=True, verbose_name='Who took part?')),
                        ('participants_it', wagtail.fields.RichTextField(help_text='4. How many people, their ages and sex, and who could take part.', null=True, verbose_name='Who took part?')),
                        ('participants_sv', wagtail.fields.RichTextField(help_text='4. How many people, their ages and sex, and who could take part.', null=True, verbose_name='Who took part?')),
                        ('medicines', wagtail.fields.RichTextField(help_text='5. The medicines and how they were given.', verbose_name='Which medicines were used?')),
                        ('medicines_en', wagtail.fields.RichTextField(help_text='5. The medicines and how they were given.', null=True, verbose_name='Which medicines were used?')),
                        ('medicines_fr', wagtail.fields.RichTextField(help_text='5. The medicines and how they were given.', null=True, verbose_name='Which medicines were used?')),
                        ('medicines_it', wagtail.fields.RichTextField(help_text='5. The medicines and how they were given.', null=True, verbose_name='Which medicines were used?')),
                        ('medicines_sv', wagtail.fields.RichTextField(help_text='5. The medicines and how they were given.', null=True, verbose_name='Which medicines were used?')),
                        ('side_effects', wagtail.fields.RichTextField(help_text='6. Side effects, with numbers a reader can check.', verbose_name='What side effects did people have?')),
                        ('side_effects_en', wagtail.fields.RichTextField(help_text='6. Side effects, with numbers a reader can check.', null=True, verbose_name='What side effects did people have?')),
                        ('side_effects_fr', wagtail.fields.RichTextField(help_text='6. Side effects, with numbers a reader can check.', null=True, verbose_name='What side effects did people have?')),
                        ('side_effects_it', wagtail.fields.RichTextField(help_text='6. Side effects, with numbers a reader can check.', null=True, verbose_name='What side effects did people have?')),
                        ('side_effects_sv', wagtail.fields.RichTextField(help_text='6. Side effects, with numbers a reader can check.', null=True, verbose_name='What side effects did people have?')),
                        ('overall_results', wagtail.fields.RichTextField(help_text='7. The overall results, with their uncertainty, without promotion.', verbose_name='What were the overall results?')),
                        ('overall_results_en', wagtail.fields.RichTextField(help_text='7. The overall results, with their uncertainty, without promotion.', null=True, verbose_name='What were the overall results?')),
                        ('overall_results_fr', wagtail.fields.RichTextField(help_text='7. The overall results, with their uncertainty, without promotion.', null=True, verbose_name='What were the overall results?')),
                        ('overall_results_it', wagtail.fields.RichTextField(help_text='7. The overall results, with their uncertainty, without promotion.', null=True, verbose_name='What were the overall results?')),
                        ('overall_results_sv', wagtail.fields.RichTextField(help_text='7. The overall results, with their uncertainty, without promotion.', null=True, verbose_name='What were the overall results?')),
                        ('comments', wagtail.fields.RichTextField(help_text='8. Comments on the outcome.', verbose_name='What do the results mean?')),
                        ('comments_en', wagtail.fields.RichTextField(help_text='8. Comments on the outcome.', null=True, verbose_name='What do the results mean?')),
                        ('comments_fr', wagtail.fields.RichTextField(help_text='8. Comments on the outcome.', null=True, verbose_name='What do the results mean?')),
                        ('comments_it', wagtail.fields.RichTextField(help_text='8. Comments on the outcome.', null=True, verbose_name='What do the results mean?')),
                        ('comments_sv', wagtail.fields.RichTextField(help_text='8. Comments on the outcome.', null=True, verbose_name='What do the results mean?')),
                        ('further_trials', wagtail.fields.RichTextField(help_text='9. Whether further trials are planned.', verbose_name='Are more trials planned?')),
                        ('further_trials_en', wagtail.fields.RichTextField(help_text='9. Whether further trials are planned.', null=True, verbose_name='Are more trials planned?')),
                        ('further_trials_fr', wagtail.fields.RichTextField(help_text='9. Whether further trials are planned.', null=True, verbose_name='Are more trials planned?')),
                        ('further_trials_it', wagtail.fields.RichTextField(help_text='9. Whether further trials are planned.', null=True, verbose_name='Are more trials planned?')),
                        ('further_trials_sv', wagtail.fields.RichTextField(help_text='9. Whether further trials are planned.', null=True, verbose_name='Are more trials planned?')),
                        ('more_information', wagtail.fields.RichTextField(help_text='10. Where to find more: publication, registries, contacts.', verbose_name='Where can I find more information?')),
                        ('more_information_en', wagtail.fields.RichTextField(help_text='10. Where to find more: publication, registries, contacts.', null=True, verbose_name='Where can I find more information?')),
                        ('more_information_fr', wagtail.fields.RichTextField(help_text='10. Where to find more: publication, registries, contacts.', null=True, verbose_name='Where can I find more information?')),
                        ('more_information_it', wagtail.fields.RichTextField(help_text='10. Where to find more: publication, registries, contacts.', null=True, verbose_name='Where can I find more information?')),
                        ('more_information_sv', wagtail.fields.RichTextField(help_text='10. Where to find more: publication, registries, contacts.', null=True, verbose_name='Where can I find more information?')),
                    ],
                    options={
                        'db_table': 'home_laysummarypage',
                        'verbose_name': 'lay summary of results',
                        'verbose_name_plural': 'lay summaries of results',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='TrialPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, help_text='One or two plain sentences.', verbose_name='introduction')),
                        ('intro_en', models.TextField(blank=True, help_text='One or two plain sentences.', null=True, verbose_name='introduction')),
                        ('intro_fr', models.TextField(blank=True, help_text='One or two plain sentences.', null=True, verbose_name='introduction')),
                        ('intro_it', models.TextField(blank=True, help_text='One or two plain sentences.', null=True, verbose_name='introduction')),
                        ('intro_sv', models.TextField(blank=True, help_text='One or two plain sentences.', null=True, verbose_name='introduction')),
                        ('what_and_why', wagtail.fields.RichTextField(blank=True, verbose_name='what was tested, and why')),
                        ('what_and_why_en', wagtail.fields.RichTextField(blank=True, null=True, verbose_name='what was tested, and why')),
                        ('what_and_why_fr', wagtail.fields.RichTextField(blank=True, null=True, verbose_name='what was tested, and why')),
                        ('what_and_why_it', wagtail.fields.RichTextField(blank=True, null=True, verbose_name='what was tested, and why')),
                        ('what_and_why_sv', wagtail.fields.RichTextField(blank=True, null=True, verbose_name='what was tested, and why')),
                        ('design', wagtail.fields.RichTextField(blank=True, help_text='The design in plain words: randomised, double-blind, placebo, treatment, duration.', verbose_name='how the trial worked')),
                        ('design_en', wagtail.fields.RichTextField(blank=True, help_text='The design in plain words: randomised, double-blind, placebo, treatment, duration.', null=True, verbose_name='how the trial worked')),
                        ('design_fr', wagtail.fields.RichTextField(blank=True, help_text='The design in plain words: randomised, double-blind, placebo, treatment, duration.', null=True, verbose_name='how the trial worked')),
                        ('design_it', wagtail.fields.RichTextField(blank=True, help_text='The design in plain words: randomised, double-blind, placebo, treatment, duration.', null=True, verbose_name='how the trial worked')),
                        ('design_sv', wagtail.fields.RichTextField(blank=True, help_text='The design in plain words: randomised, double-blind, placebo, treatment, duration.', null=True, verbose_name='how the trial worked')),
                        ('eligibility', wagtail.fields.RichTextField(blank=True, verbose_name='who could take part')),
                        ('eligibility_en', wagtail.fields.RichTextField(blank=True, null=True, verbose_name='who could take part')),
                        ('eligibility_fr', wagtail.fields.RichTextField(blank=True, null=True, verbose_name='who could take part')),
                        ('eligibility_it', wagtail.fields.RichTextField(blank=True, null=True, verbose_name='who could take part')),
                        ('eligibility_sv', wagtail.fields.RichTextField(blank=True, null=True, verbose_name='who could take part')),
                        ('trial_name', models.CharField(blank=True, help_text='Its acronym and full name, as registered.', max_length=200, verbose_name='name of the trial')),
                        ('condition', models.CharField(blank=True, help_text='The illness, by its full name, for search engines.', max_length=200, verbose_name='condition studied')),
                        ('condition_en', models.CharField(blank=True, help_text='The illness, by its full name, for search engines.', max_length=200, null=True, verbose_name='condition studied')),
                        ('condition_fr', models.CharField(blank=True, help_text='The illness, by its full name, for search engines.', max_length=200, null=True, verbose_name='condition studied')),
                        ('condition_it', models.CharField(blank=True, help_text='The illness, by its full name, for search engines.', max_length=200, null=True, verbose_name='condition studied')),
                        ('condition_sv', models.CharField(blank=True, help_text='The illness, by its full name, for search engines.', max_length=200, null=True, verbose_name='condition studied')),
                        ('condition_short_names', models.CharField(blank=True, help_text='Separated by commas, for example: ALS, MND.', max_length=100, verbose_name='short names of the condition')),
                        ('condition_short_names_en', models.CharField(blank=True, help_text='Separated by commas, for example: ALS, MND.', max_length=100, null=True, verbose_name='short names of the condition')),
                        ('condition_short_names_fr', models.CharField(blank=True, help_text='Separated by commas, for example: ALS, MND.', max_length=100, null=True, verbose_name='short names of the condition')),
                        ('condition_short_names_it', models.CharField(blank=True, help_text='Separated by commas, for example: ALS, MND.', max_length=100, null=True, verbose_name='short names of the condition')),
                        ('condition_short_names_sv', models.CharField(blank=True, help_text='Separated by commas, for example: ALS, MND.', max_length=100, null=True, verbose_name='short names of the condition')),
                        ('phase', models.CharField(blank=True, max_length=40, verbose_name='phase')),
                        ('nct_number', models.CharField(blank=True, max_length=11, validators=[django.core.validators.RegexValidator('^NCT\\d{8}$', 'A ClinicalTrials.gov number looks like NCT12345678.')], verbose_name='ClinicalTrials.gov number')),
                        ('eudract_number', models.CharField(blank=True, max_length=14, validators=[django.core.validators.RegexValidator('^\\d{4}-\\d{6}-\\d{2}$', 'A EudraCT number looks like 2015-005347-14.')], verbose_name='EudraCT number')),
                        ('sponsor', models.CharField(blank=True, help_text='The organisation legally responsible for the trial.', max_length=200, verbose_name='sponsor')),
                        ('sponsor_en', models.CharField(blank=True, help_text='The organisation legally responsible for the trial.', max_length=200, null=True, verbose_name='sponsor')),
                        ('sponsor_fr', models.CharField(blank=True, help_text='The organisation legally responsible for the trial.', max_length=200, null=True, verbose_name='sponsor')),
                        ('sponsor_it', models.CharField(blank=True, help_text='The organisation legally responsible for the trial.', max_length=200, null=True, verbose_name='sponsor')),
                        ('sponsor_sv', models.CharField(blank=True, help_text='The organisation legally responsible for the trial.', max_length=200, null=True, verbose_name='sponsor')),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 8), ('quote', 11), ('call_to_action', 16), ('document', 19)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 160}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading'), ('h3', 'Sub-heading')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Text', 'template': 'components/blocks/paragraph.html'}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it. Leave empty only if the image is decorative.', 'label': 'Alternative text', 'max_length': 250, 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Credit', 'max_length': 120, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6), ('credit', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Quote'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Who said it', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('text', 9), ('attribution', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 250, 'required': False}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'Link label', 'max_length': 80}), 14: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Page', 'required': False}), 15: ('wagtail.blocks.URLBlock', (), {'label': 'Or an address', 'required': False}), 16: ('wagtail.blocks.StructBlock', [[('text', 12), ('label', 13), ('page', 14), ('url', 15)]], {'label': 'Call to action'}), 17: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 18: ('wagtail.blocks.CharBlock', (), {'help_text': "Defaults to the document's title.", 'label': 'Link label', 'max_length': 120, 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('document', 17), ('label', 18)]], {'label': 'Document download'})}, verbose_name='more about the trial')),
                        ('body_en', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 8), ('quote', 11), ('call_to_action', 16), ('document', 19)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 160}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading'), ('h3', 'Sub-heading')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Text', 'template': 'components/blocks/paragraph.html'}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it. Leave empty only if the image is decorative.', 'label': 'Alternative text', 'max_length': 250, 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Credit', 'max_length': 120, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6), ('credit', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Quote'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Who said it', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('text', 9), ('attribution', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 250, 'required': False}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'Link label', 'max_length': 80}), 14: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Page', 'required': False}), 15: ('wagtail.blocks.URLBlock', (), {'label': 'Or an address', 'required': False}), 16: ('wagtail.blocks.StructBlock', [[('text', 12), ('label', 13), ('page', 14), ('url', 15)]], {'label': 'Call to action'}), 17: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 18: ('wagtail.blocks.CharBlock', (), {'help_text': "Defaults to the document's title.", 'label': 'Link label', 'max_length': 120, 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('document', 17), ('label', 18)]], {'label': 'Document download'})}, null=True, verbose_name='more about the trial')),
                        ('body_fr', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 8), ('quote', 11), ('call_to_action', 16), ('document', 19)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 160}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading'), ('h3', 'Sub-heading')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Text', 'template': 'components/blocks/paragraph.html'}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it. Leave empty only if the image is decorative.', 'label': 'Alternative text', 'max_length': 250, 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Credit', 'max_length': 120, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6), ('credit', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Quote'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Who said it', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('text', 9), ('attribution', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 250, 'required': False}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'Link label', 'max_length': 80}), 14: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Page', 'required': False}), 15: ('wagtail.blocks.URLBlock', (), {'label': 'Or an address', 'required': False}), 16: ('wagtail.blocks.StructBlock', [[('text', 12), ('label', 13), ('page', 14), ('url', 15)]], {'label': 'Call to action'}), 17: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 18: ('wagtail.blocks.CharBlock', (), {'help_text': "Defaults to the document's title.", 'label': 'Link label', 'max_length': 120, 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('document', 17), ('label', 18)]], {'label': 'Document download'})}, null=True, verbose_name='more about the trial')),
                        ('body_it', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 8), ('quote', 11), ('call_to_action', 16), ('document', 19)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 160}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading'), ('h3', 'Sub-heading')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Text', 'template': 'components/blocks/paragraph.html'}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it. Leave empty only if the image is decorative.', 'label': 'Alternative text', 'max_length': 250, 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Credit', 'max_length': 120, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6), ('credit', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Quote'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Who said it', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('text', 9), ('attribution', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 250, 'required': False}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'Link label', 'max_length': 80}), 14: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Page', 'required': False}), 15: ('wagtail.blocks.URLBlock', (), {'label': 'Or an address', 'required': False}), 16: ('wagtail.blocks.StructBlock', [[('text', 12), ('label', 13), ('page', 14), ('url', 15)]], {'label': 'Call to action'}), 17: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 18: ('wagtail.blocks.CharBlock', (), {'help_text': "Defaults to the document's title.", 'label': 'Link label', 'max_length': 120, 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('document', 17), ('label', 18)]], {'label': 'Document download'})}, null=True, verbose_name='more about the trial')),
                        ('body_sv', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 8), ('quote', 11), ('call_to_action', 16), ('document', 19)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 160}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading'), ('h3', 'Sub-heading')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Text', 'template': 'components/blocks/paragraph.html'}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it. Leave empty only if the image is decorative.', 'label': 'Alternative text', 'max_length': 250, 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Credit', 'max_length': 120, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6), ('credit', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Quote'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Who said it', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('text', 9), ('attribution', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 250, 'required': False}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'Link label', 'max_length': 80}), 14: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Page', 'required': False}), 15: ('wagtail.blocks.URLBlock', (), {'label': 'Or an address', 'required': False}), 16: ('wagtail.blocks.StructBlock', [[('text', 12), ('label', 13), ('page', 14), ('url', 15)]], {'label': 'Call to action'}), 17: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 18: ('wagtail.blocks.CharBlock', (), {'help_text': "Defaults to the document's title.", 'label': 'Link label', 'max_length': 120, 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('document', 17), ('label', 18)]], {'label': 'Document download'})}, null=True, verbose_name='more about the trial')),
                    ],
                    options={
                        'db_table': 'home_trialpage',
                        'verbose_name': 'trial page',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='GlossaryTerm',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('term', models.CharField(max_length=120, verbose_name='term')),
                        ('term_en', models.CharField(max_length=120, null=True, verbose_name='term')),
                        ('term_fr', models.CharField(max_length=120, null=True, verbose_name='term')),
                        ('term_it', models.CharField(max_length=120, null=True, verbose_name='term')),
                        ('term_sv', models.CharField(max_length=120, null=True, verbose_name='term')),
                        ('other_forms', models.CharField(blank=True, help_text='Other spellings or short forms that should link here, separated by commas, for example: MND, motor neurone disease.', max_length=250, verbose_name='other forms')),
                        ('other_forms_en', models.CharField(blank=True, help_text='Other spellings or short forms that should link here, separated by commas, for example: MND, motor neurone disease.', max_length=250, null=True, verbose_name='other forms')),
                        ('other_forms_fr', models.CharField(blank=True, help_text='Other spellings or short forms that should link here, separated by commas, for example: MND, motor neurone disease.', max_length=250, null=True, verbose_name='other forms')),
                        ('other_forms_it', models.CharField(blank=True, help_text='Other spellings or short forms that should link here, separated by commas, for example: MND, motor neurone disease.', max_length=250, null=True, verbose_name='other forms')),
                        ('other_forms_sv', models.CharField(blank=True, help_text='Other spellings or short forms that should link here, separated by commas, for example: MND, motor neurone disease.', max_length=250, null=True, verbose_name='other forms')),
                        ('definition', models.TextField(help_text='Plain words, one to three short sentences.', verbose_name='definition')),
                        ('definition_en', models.TextField(help_text='Plain words, one to three short sentences.', null=True, verbose_name='definition')),
                        ('definition_fr', models.TextField(help_text='Plain words, one to three short sentences.', null=True, verbose_name='definition')),
                        ('definition_it', models.TextField(help_text='Plain words, one to three short sentences.', null=True, verbose_name='definition')),
                        ('definition_sv', models.TextField(help_text='Plain words, one to three short sentences.', null=True, verbose_name='definition')),
                        ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='terms', to='trial.glossarypage')),
                    ],
                    options={
                        'db_table': 'home_glossaryterm',
                        'verbose_name': 'glossary term',
                        'verbose_name_plural': 'glossary terms',
                        'ordering': ['sort_order'],
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='TrialCentre',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('region', models.CharField(choices=[('GB-ENG', 'England'), ('GB-SCT', 'Scotland'), ('GB-WLS', 'Wales'), ('GB-NIR', 'Northern Ireland'), ('FR', 'France'), ('IT', 'Italy'), ('SE', 'Sweden'), ('IE', 'Ireland')], max_length=6, verbose_name='country or nation')),
                        ('city', models.CharField(blank=True, max_length=100, verbose_name='city')),
                        ('city_en', models.CharField(blank=True, max_length=100, null=True, verbose_name='city')),
                        ('city_fr', models.CharField(blank=True, max_length=100, null=True, verbose_name='city')),
                        ('city_it', models.CharField(blank=True, max_length=100, null=True, verbose_name='city')),
                        ('city_sv', models.CharField(blank=True, max_length=100, null=True, verbose_name='city')),
                        ('hospital', models.CharField(blank=True, help_text='Leave empty when the names are not confirmed: the page then only counts the centres.', max_length=200, verbose_name='hospital')),
                        ('number', models.PositiveSmallIntegerField(default=1, help_text='1 for a named hospital; for unnamed centres, how many there are.', validators=[django.core.validators.MinValueValidator(1)], verbose_name='number of centres')),
                        ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='centres', to='trial.trialpage')),
                    ],
                    options={
                        'db_table': 'home_trialcentre',
                        'verbose_name': 'centre',
                        'verbose_name_plural': 'centres',
                        'ordering': ['sort_order'],
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='TrialStatus',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                        ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                        ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                        ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                        ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                        ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                        ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                        ('status', models.CharField(choices=[('not_yet_recruiting', 'Not yet recruiting'), ('recruiting', 'Recruiting'), ('recruitment_closed', 'Recruitment closed'), ('completed', 'Treatment and follow-up complete'), ('results_published', 'Results published')], max_length=32, verbose_name='status')),
                        ('banner_text', models.CharField(help_text='One short, plain sentence shown on every page, for example: “The trial has ended. Its results were published in 2025.”', max_length=200, verbose_name='banner line')),
                        ('banner_text_en', models.CharField(help_text='One short, plain sentence shown on every page, for example: “The trial has ended. Its results were published in 2025.”', max_length=200, null=True, verbose_name='banner line')),
                        ('banner_text_fr', models.CharField(help_text='One short, plain sentence shown on every page, for example: “The trial has ended. Its results were published in 2025.”', max_length=200, null=True, verbose_name='banner line')),
                        ('banner_text_it', models.CharField(help_text='One short, plain sentence shown on every page, for example: “The trial has ended. Its results were published in 2025.”', max_length=200, null=True, verbose_name='banner line')),
                        ('banner_text_sv', models.CharField(help_text='One short, plain sentence shown on every page, for example: “The trial has ended. Its results were published in 2025.”', max_length=200, null=True, verbose_name='banner line')),
                        ('participants', models.PositiveIntegerField(blank=True, help_text='How many people took part. Leave empty while unknown.', null=True, verbose_name='number of participants')),
                        ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                        ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                        ('more_page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='page the banner links to')),
                    ],
                    options={
                        'db_table': 'home_trialstatus',
                        'verbose_name': 'trial status',
                        'verbose_name_plural': 'trial status',
                    },
                ),
                migrations.CreateModel(
                    name='TrialMilestone',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('date', trial.models.MilestoneDateField(verbose_name='date')),
                        ('precision', models.CharField(choices=[('day', 'Day'), ('month', 'Month'), ('year', 'Year only')], default='day', help_text='Show only what is known: for “September 2015”, enter 2015-09-01 and choose “Month”.', max_length=5, verbose_name='how much of the date is known')),
                        ('label', models.CharField(max_length=250, verbose_name='what happened')),
                        ('label_en', models.CharField(max_length=250, null=True, verbose_name='what happened')),
                        ('label_fr', models.CharField(max_length=250, null=True, verbose_name='what happened')),
                        ('label_it', models.CharField(max_length=250, null=True, verbose_name='what happened')),
                        ('label_sv', models.CharField(max_length=250, null=True, verbose_name='what happened')),
                        ('trial_status', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='milestones', to='trial.trialstatus')),
                    ],
                    options={
                        'db_table': 'home_trialmilestone',
                        'verbose_name': 'milestone',
                        'verbose_name_plural': 'milestones',
                        'ordering': ['sort_order'],
                        'abstract': False,
                    },
                ),
            ],
        ),
        migrations.AlterModelTable(name='glossarypage', table=None),
        migrations.AlterModelTable(name='laysummarypage', table=None),
        migrations.AlterModelTable(name='trialpage', table=None),
        migrations.AlterModelTable(name='glossaryterm', table=None),
        migrations.AlterModelTable(name='trialcentre', table=None),
        migrations.AlterModelTable(name='trialstatus', table=None),
        migrations.AlterModelTable(name='trialmilestone', table=None),
    ]
