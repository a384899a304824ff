"""What the extraction tests ask of a result: the names of an event's participants."""


def names_in(result, event):
    keys = {p.key: p.name for p in result.persons}
    return {keys[p.person] for p in event.participants}
