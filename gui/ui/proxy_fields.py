"""Settings → Network: which proxy, and for one given by hand its URL, user and password."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from gui.bili.proxy import Proxy, ProxyError, ProxyMode, split_proxy_url
from gui.i18n import tr
from gui.ui.forms import name_by_label


class ProxyFields(QGroupBox):
    def __init__(self, proxy: Proxy, parent: QWidget | None = None) -> None:
        super().__init__(tr("Network"), parent)
        self.mode = QComboBox()
        for mode, name in (
            (ProxyMode.SYSTEM, tr("Use the system's proxy")),
            (ProxyMode.NONE, tr("No proxy")),
            (ProxyMode.MANUAL, tr("Manual")),
        ):
            self.mode.addItem(name, mode)
        self.mode.setCurrentIndex(self.mode.findData(proxy.mode))
        self.mode.setToolTip(
            tr("The system's proxy comes from the desktop's network settings or HTTPS_PROXY")
        )
        self.url = QLineEdit(proxy.url)
        self.url.setPlaceholderText("socks5://127.0.0.1:1080")
        self.url.setToolTip(tr("http://, https:// or socks5:// with host and port"))
        self.user = QLineEdit(proxy.user)
        self.user.setPlaceholderText(tr("optional"))
        self.password = QLineEdit(proxy.password)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(tr("Kept in the system keyring, never in the settings file"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(tr("P&roxy:"), self.mode)
        form.addRow(tr("Proxy &URL:"), self.url)
        form.addRow(tr("U&ser:"), self.user)
        form.addRow(tr("Pass&word:"), self.password)
        form.addRow(self.problem)
        name_by_label(form)
        self.mode.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        manual = ProxyMode(self.mode.currentData()) is ProxyMode.MANUAL
        for field in (self.url, self.user, self.password):
            field.setEnabled(manual)
        self.problem.hide()

    def chosen(self) -> Proxy:
        """The proxy as filled in; ProxyError (said under the fields) when it is unusable."""
        mode = ProxyMode(self.mode.currentData())
        if mode is not ProxyMode.MANUAL:
            return Proxy(mode)
        try:
            split_proxy_url(self.url.text())
            return Proxy.manual(self.url.text(), self.user.text().strip(), self.password.text())
        except ProxyError as error:
            self.problem.setText(
                tr("The proxy URL cannot be used: {problem}.").format(problem=error)
            )
            self.problem.show()
            self.url.setFocus()
            raise
