"""Schema post-processing: every operation documents its JSON error answers."""

ERROR_SCHEMA = {
    "type": "object",
    "required": ["detail"],
    "properties": {
        "detail": {"type": "string", "description": "What went wrong, for a human."},
        "errors": {
            "type": "object",
            "additionalProperties": True,
            "description": "For invalid input: the messages per parameter or field.",
        },
        "location": {"type": "string", "description": "For a redirect: the survivor's URL."},
    },
}

ERRORS = {
    "400": "Unknown query parameter or malformed value.",
    "404": "No such record.",
    "429": "Too many requests: anonymous reads are throttled.",
}
WRITE_ERRORS = {
    "400": "Invalid input.",
    "401": "No or invalid token.",
    "403": "The token's user lacks the model permission.",
}
PATCH_ERRORS = {"409": "Version conflict: the record was saved since the `version` sent."}
REDIRECT = {"301": "The record was merged into another: `Location` is the survivor's URL."}


def add_error_responses(result, generator, request, public):
    """Add the ``Error`` component and the error responses to every operation."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    reference = {"$ref": "#/components/schemas/Error"}
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            errors = dict(ERRORS)
            if method in {"post", "patch", "put", "delete"}:
                errors.update(WRITE_ERRORS)
            if method == "patch":
                errors.update(PATCH_ERRORS)
            if "{uuid}" in path:
                errors.update(REDIRECT)
            responses = operation.setdefault("responses", {})
            for code, description in errors.items():
                if code not in responses or "content" not in responses[code]:
                    responses[code] = {
                        "description": responses.get(code, {}).get("description") or description,
                        "content": {"application/json": {"schema": reference}},
                    }
    return result
