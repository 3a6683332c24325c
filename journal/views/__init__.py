from core.htmx import is_fragment

__all__ = ["is_fragment"]
