"""Screen capture: freeze the screens, choose a region, a window or a screen, hide what is
private, and hand the picture on as an ordinary upload."""
