import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()

# Each server process loads the sentence model and the catalogue's kept vectors as it starts,
# so no user's first request waits for them (`migrate` made the vectors).
from questionbank import similarity  # noqa: E402

similarity.warm(build=False)
