"""BiliDrop's name on the desktop: the desktop entry's file name (packaging/linux/), which
the window, the autostart entry and the notifications all point at."""

APP_ID = "io.github.bilidrop.BiliDrop"
