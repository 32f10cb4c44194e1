"""One window per database: a second launch brings the running window to the front.

The first instance listens on a local socket named after the database's path; a second
instance on the same database connects, asks it to come forward, and exits. Two windows on
one database would otherwise overwrite each other's saves.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

CONNECT_TIMEOUT_MS = 500


def server_name(database_path: Path) -> str:
    """A socket name private to one database file (the path hashed, so any path fits)."""
    digest = hashlib.sha256(str(database_path.expanduser().resolve()).encode()).hexdigest()
    return f"clapwise-{digest[:24]}"


class SingleInstance(QObject):
    """``activated`` fires in the running instance when another launch asks for it."""

    activated = Signal()

    def __init__(self, database_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(database_path)
        self._server: QLocalServer | None = None

    def notify_running(self) -> bool:
        """Ask an instance already open on this database to come forward; True if one did."""
        socket = QLocalSocket(self)
        try:
            socket.connectToServer(self.name)
            if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
                return False
            socket.disconnectFromServer()
            return True
        finally:
            socket.abort()
            socket.deleteLater()

    def listen(self) -> bool:
        """Become the instance for this database (a socket left by a crash is replaced)."""
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        # Connecting is the whole message: any launch on this database asks to come forward.
        server = self._server
        while server is not None and server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.abort()
            connection.deleteLater()
            self.activated.emit()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
