import pytest
from django.contrib.auth.models import Permission

from tests import factories


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


@pytest.fixture
def viewer(db, django_user_model):
    """A staff member who may only look."""
    user = django_user_model.objects.create_user("viewer", password="viewer-pass", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="diplomacy", codename__startswith="view_")
    )
    return user


@pytest.fixture
def jerusalem(db):
    """A meeting backed by two articles, with highlighted evidence in each."""
    text_a = "Ibrahim Kalın met Alon Ushpiz in Jerusalem on Thursday. The talks went well."
    text_b = "Turkish adviser Ibrahim Kalin held talks in Jerusalem. Officials said so."
    source_a = factories.SourceFactory(text=text_a, title="Turkish officials in Jerusalem")
    source_b = factories.SourceFactory(text=text_b, title="Kalin in Israel", url="https://example.org/b")
    kalin = factories.PersonFactory(name="Ibrahim Kalın", country=factories.country("TR"))
    factories.PersonAliasFactory(person=kalin, name="Ibrahim Kalin", source=source_b)
    ushpiz = factories.PersonFactory(name="Alon Ushpiz")
    event = factories.EventFactory(title="Meeting: Kalın, Ushpiz in Jerusalem", countries=["IL", "TR"])
    factories.ParticipationFactory(event=event, person=kalin)
    factories.ParticipationFactory(event=event, person=ushpiz)
    for source in (source_a, source_b):
        factories.EventSourceFactory(event=event, source=source)
    end_a = text_a.index(".") + 1
    factories.EvidenceFactory(
        source=source_a,
        event=event,
        sentence=text_a[:end_a],
        start=0,
        end=end_a,
        highlights=[[0, 13], [14, 17], [18, 29]],
    )
    end_b = text_b.index(".") + 1
    k = text_b.index("Ibrahim")
    factories.EvidenceFactory(
        source=source_b,
        event=event,
        sentence=text_b[:end_b],
        start=0,
        end=end_b,
        highlights=[[k, k + 13], [text_b.index("held"), text_b.index("held") + 4]],
    )
    return event
