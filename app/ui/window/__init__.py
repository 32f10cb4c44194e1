"""The main window's collaborators, one job each: menus, import, saving, tags, revisions, panes."""
