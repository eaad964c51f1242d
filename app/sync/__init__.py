"""Progress sync: the protocol, the server (ASGI app), the client, USB sync bundles, LAN discovery.

Sits below services and above storage: the server stores what devices push in the same SQLAlchemy
models the app uses; services orchestrate (rebuild learners' states after a pull). See
docs/sync-protocol.md.
"""
