"""The Curators group: review, edit and merge the data; no user management."""

from django.db import migrations

CURATED = ["person", "personalias", "office", "tenure", "event", "eventsource", "participation",
           "evidence", "notsameperson", "redirect", "organization"]
READ_ONLY = ["country", "source", "ingestrun", "namekey"]


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Curators")
    codenames = [f"{action}_{model}" for model in CURATED for action in ("view", "add", "change", "delete")]
    codenames += [f"view_{model}" for model in READ_ONLY] + ["change_source"]
    codenames += [f"view_historical{m}" for m in ("person", "personalias", "office", "tenure", "event",
                                                   "participation")]
    group.permissions.set(Permission.objects.filter(content_type__app_label="diplomacy",
                                                    codename__in=codenames))


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Curators").delete()


class Migration(migrations.Migration):
    dependencies = [("diplomacy", "0002_reference_data"), ("auth", "0012_alter_user_first_name_max_length"),
                    ("contenttypes", "0002_remove_content_type_name")]

    operations = [migrations.RunPython(create_group, delete_group)]
