from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth.forms import PasswordResetForm, UserCreationForm
from django.contrib.auth.models import User
from django.http import HttpRequest
from django.template.loader import render_to_string

from core.forms import OnePassSelect, form_helper

from .mail import send_or_log
from .models import Profile, time_zone_names


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(time_zone_names())]


class SignupForm(UserCreationForm):
    email = forms.EmailField(
        help_text="Only used if you forget your password.",
    )
    # Filled by static/js/timezone.js with the browser's zone; without JavaScript, UTC.
    time_zone = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].widget.attrs["data-browser-time-zone"] = ""
        self.helper = form_helper()

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()

    def clean_time_zone(self) -> str:
        name = self.cleaned_data["time_zone"].strip()
        return name if name in time_zone_names() else "UTC"


class ProfileForm(forms.ModelForm):
    time_zone = forms.ChoiceField(
        choices=time_zone_choices,
        help_text=Profile._meta.get_field("time_zone").help_text,
        widget=OnePassSelect,
    )

    class Meta:
        model = Profile
        fields = ("display_name", "time_zone", "email_signature")
        widgets = {"email_signature": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = form_helper()


def confirmed_password(request: HttpRequest, password: str) -> str:
    """The signed-in user's password, checked through the authentication backends like a
    log-in, so django-axes counts a wrong one here too and refuses even the right one while
    the account is locked out: the settings forms are no way around the throttle."""
    user = request.user
    if authenticate(request, username=user.get_username(), password=password) != user:
        raise forms.ValidationError("That is not your password.")
    return password


class EmailChangeForm(forms.Form):
    email = forms.EmailField(label="New email address")
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="Needed to change where password-reset mail goes.",
    )

    def __init__(self, *args, request: HttpRequest, **kwargs):
        super().__init__(*args, **kwargs)
        self.request, self.user = request, request.user
        self.helper = form_helper()

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()

    def clean_password(self) -> str:
        return confirmed_password(self.request, self.cleaned_data["password"])

    def save(self) -> User:
        self.user.email = self.cleaned_data["email"]
        self.user.save(update_fields=["email"])
        return self.user


class AccountDeleteForm(forms.Form):
    username = forms.CharField(label="Type your username to confirm")
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, request: HttpRequest, **kwargs):
        super().__init__(*args, **kwargs)
        self.request, self.user = request, request.user
        self.fields["username"].widget.attrs.update({"autocomplete": "off", "spellcheck": "false"})
        self.helper = form_helper()

    def clean_username(self) -> str:
        username = self.cleaned_data["username"].strip()
        if username != self.user.get_username():
            raise forms.ValidationError("That is not your username.")
        return username

    def clean_password(self) -> str:
        return confirmed_password(self.request, self.cleaned_data["password"])


class LoggedPasswordResetForm(PasswordResetForm):
    """Django's reset form, but a mail that cannot be sent is logged as an error with its cause
    (Django logs only "failed" and the user id). The page still says the mail is on its way,
    so the form never reveals which addresses have accounts."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        send_or_log(
            subject=subject,
            body=render_to_string(email_template_name, context),
            to=[to_email],
            purpose=f"password-reset (user id {context['user'].pk})",
        )
