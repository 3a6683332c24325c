import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()

# Each server process loads the sentence model and the catalogue's vectors as it starts, so no
# user's first request waits for them.
from questionbank import similarity  # noqa: E402

similarity.warm()
