"""The bundle's entry point: the same `bilidrop` command as the installed script."""

import os
import sys


def portal_file_choosers(environ: dict[str, str] | os._Environ[str], platform: str) -> None:
    """The Linux bundle carries no GTK platform theme (packaging/slim_linux.py), so its file
    chooser comes through xdg-desktop-portal's theme: the desktop's own chooser (GNOME's,
    KDE's) through the portal, Qt's own where no portal runs. A theme the user set stays."""
    if platform.startswith("linux") and not environ.get("QT_QPA_PLATFORMTHEME"):
        environ["QT_QPA_PLATFORMTHEME"] = "xdgdesktopportal"


if __name__ == "__main__":
    portal_file_choosers(os.environ, sys.platform)
    from gui.entry import main

    sys.exit(main())
