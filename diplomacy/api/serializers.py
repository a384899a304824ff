from rest_framework import serializers

from diplomacy.models import Country, Event, Participation, Person


class CountrySerializer(serializers.ModelSerializer):
    class Meta:
        model = Country
        fields = ["code", "name", "alpha3", "official_name", "names", "demonyms", "ended"]


class ParticipantSerializer(serializers.ModelSerializer):
    person = serializers.UUIDField(source="person.uuid", read_only=True)
    name = serializers.CharField(source="person.name", read_only=True)
    office = serializers.CharField(source="office.title", default=None, read_only=True)

    class Meta:
        model = Participation
        fields = ["person", "name", "country", "role", "office"]


class EventSerializer(serializers.ModelSerializer):
    participants = ParticipantSerializer(source="participations", many=True, read_only=True)
    countries = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)

    class Meta:
        model = Event
        fields = [
            "uuid",
            "title",
            "kind",
            "date",
            "date_precision",
            "end_date",
            "status",
            "location",
            "countries",
            "participants",
            "review_status",
            "confidence",
        ]


class PersonSerializer(serializers.ModelSerializer):
    class Meta:
        model = Person
        fields = ["uuid", "name", "country", "wikidata_id"]
