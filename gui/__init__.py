"""BiliDrop: a desktop uploader for Bilibili's customer-service file service."""

__version__ = "0.1.0"
