"""A local stand-in for the Bilibili services, following ../shared/api exactly. The server
is gui.emulator.server.Emulator (this package imports nothing, so its modules can import
each other without a circle through it)."""
