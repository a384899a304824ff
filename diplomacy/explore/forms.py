"""Query-string forms of the explore pages."""

from django import forms


class DateRangeForm(forms.Form):
    start = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def range(self):
        """(start, end) when valid, else (None, None)."""
        if self.is_valid():
            return self.cleaned_data["start"], self.cleaned_data["end"]
        return None, None


class GraphForm(DateRangeForm):
    MODES = [("people", "People"), ("countries", "Countries")]

    mode = forms.ChoiceField(choices=MODES, required=False)

    def mode_value(self) -> str:
        return (self.is_valid() and self.cleaned_data["mode"]) or "people"
