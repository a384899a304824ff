"""The only writers: ingest an article, merge records, manage curator accounts."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

CURATORS_GROUP = "Curators"


@transaction.atomic
def user_create_demo_curator(*, username: str, password: str):
    """Create or reset a staff account in the Curators group; returns the user."""
    User = get_user_model()
    user, _ = User.objects.get_or_create(username=username, defaults={"is_staff": True})
    user.is_staff = True
    user.set_password(password)
    user.save()
    group = Group.objects.filter(name=CURATORS_GROUP).first()
    if group is not None:
        user.groups.add(group)
    return user
