"""CSV output: one row per record, flat columns declared by the view (``csv_columns``)."""

import csv
import io

from rest_framework.renderers import BaseRenderer

# OWASP "CSV injection": a cell starting with these is a formula to Excel and LibreOffice.
FORMULA_STARTS = {"=", "+", "-", "@", "\t", "\r"}


class CSVRenderer(BaseRenderer):
    """Renders the ``results`` of a page (or one record) as CSV; errors as a one-cell table.

    The view's ``csv_columns`` is a list of ``(column, function of the serialized record)``.
    Lists within a record are joined with ``"; "``. The next page is in the ``Link`` header.
    """

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        renderer_context = renderer_context or {}
        view = renderer_context.get("view")
        response = renderer_context.get("response")
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if response is not None and response.status_code >= 300 or not hasattr(view, "csv_columns"):
            writer.writerow(["detail"])
            writer.writerow([data.get("detail", "") if isinstance(data, dict) else data])
            return buffer.getvalue().encode()
        rows = data.get("results", [data]) if isinstance(data, dict) else data
        columns = view.csv_columns
        writer.writerow([name for name, _ in columns])
        for row in rows:
            writer.writerow([cell(value(row)) for _, value in columns])
        return buffer.getvalue().encode()


def cell(value) -> str:
    """``value`` as CSV text; text a spreadsheet would run as a formula gets a leading quote."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"  # as the research export writes them
    if isinstance(value, list | tuple):
        return "; ".join(cell(item) for item in value)
    text = str(value)
    if text[:1] in FORMULA_STARTS:
        return "'" + text
    return text
