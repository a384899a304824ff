"""Template tags of the curation admin: the index dashboard."""

from django import template

from diplomacy.admin.dashboard import dashboard

register = template.Library()


@register.inclusion_tag("admin/diplomacy/dashboard.html", takes_context=True)
def curation_dashboard(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.has_perm("diplomacy.view_event"):
        return {"show": False}
    return {"show": True, "can_view_runs": user.has_perm("diplomacy.view_ingestrun"), **dashboard()}
