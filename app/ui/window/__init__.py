"""The main window's collaborators, one job each: menus, import, saving, spelling, tags, layout."""
