from django.apps import AppConfig


class DiplomacyConfig(AppConfig):
    name = "diplomacy"
    verbose_name = "Diplomacy"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from diplomacy import checks  # noqa: F401  (registers the deploy checks)
        from diplomacy.fixtures import connect_loaddata_receivers

        connect_loaddata_receivers()
