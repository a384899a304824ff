"""The JSON serializer of dumpdata/loaddata, fitted to backups of this database.

Registered for the ``json`` format in settings (SERIALIZATION_MODULES). Two differences
from Django's own:
- a record whose primary key is its natural key (Country: the ISO code) keeps ``pk``
  under ``--natural-primary``, so one dump restores into a wiped database;
- a history row may point to a record deleted since (a merged-away person): the dangling
  reference is written as it is stored instead of failing the whole dump.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.core.serializers import json as django_json
from django.db import models

Deserializer = django_json.Deserializer


class Serializer(django_json.Serializer):
    def get_dump_object(self, obj):
        data = super().get_dump_object(obj)
        if "pk" not in data and not isinstance(obj._meta.pk, models.AutoField):
            data["pk"] = self._value_from_field(obj, obj._meta.pk)
        return data

    def handle_fk_field(self, obj, field):
        try:
            super().handle_fk_field(obj, field)
        except ObjectDoesNotExist:
            self._current[field.name] = None if field.null else getattr(obj, field.get_attname())
