"""Widgets and models: main window, drop area, queue, status indicator, dialogs."""
