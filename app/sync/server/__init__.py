"""The sync server: a stateless FastAPI app over the same SQLAlchemy models as the app.

``create_app`` (app.py) builds it; ``ingest`` (ingest.py) stores a push batch and is shared with
USB bundle import; ``pull`` (pull.py) reads a page of changes for a device.
"""
