from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class ProfileBackend(ModelBackend):
    """Django's model backend, loading the user's profile in the same query as the user.

    Every request needs the profile's time zone; fetching it with the session's user keeps
    pages at the query count they had before profiles existed.
    """

    def get_user(self, user_id):
        users = get_user_model()._default_manager.select_related("profile")
        try:
            user = users.get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
