import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_asgi_application()

# As in wsgi.py: the model and the catalogue's kept vectors load as the process starts.
from questionbank import similarity  # noqa: E402

similarity.warm(build=False)
