"""An upload handler that stops reading a file once it passes the size limit.

Without it Django would copy a file of any size to a temporary file before any view could look
at it. Over the limit, the file is skipped (it never reaches `request.FILES`) and the request
remembers why, so the form can say so plainly.
"""

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile

TOO_LARGE = "_debrief_upload_too_large"


class SizeLimitedUploadHandler(FileUploadHandler):
    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.DEBRIEF_UPLOAD_MAX_BYTES:
            setattr(self.request, TOO_LARGE, True)
            raise SkipFile
        return raw_data

    def file_complete(self, file_size):
        return None


def too_large(request) -> bool:
    return getattr(request, TOO_LARGE, False)
