from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat


def _limit() -> str:
    return filesizeformat(settings.DEBRIEF_UPLOAD_MAX_BYTES)


class UploadForm(forms.Form):
    """One file, refused with a clear message when it passes the upload limit."""

    # Not required at field level: a file over the limit never arrives, and that deserves its own
    # message rather than "This field is required".
    file = forms.FileField(required=False)

    def __init__(
        self, *args, too_large: bool = False, accept: str = "", label: str = "File", **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.too_large = too_large
        self.fields["file"].label = label
        self.fields["file"].widget.attrs.update({"accept": accept, "required": True})
        self.fields["file"].help_text = f"At most {_limit()}."

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if self.too_large or (upload and upload.size > settings.DEBRIEF_UPLOAD_MAX_BYTES):
            raise forms.ValidationError(
                f"That file is larger than the {_limit()} limit, so nothing was imported."
            )
        if not upload:
            raise forms.ValidationError("Choose a file to import.")
        return upload
