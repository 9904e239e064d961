# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_LoginWindow(object):
    def setupUi(self, LoginWindow):
        if not LoginWindow.objectName():
            LoginWindow.setObjectName(u"LoginWindow")
        LoginWindow.resize(880, 380)
        self.outerLayout = QHBoxLayout(LoginWindow)
        self.outerLayout.setSpacing(24)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(32, 28, 32, 24)
        self.formPanel = QWidget(LoginWindow)
        self.formPanel.setObjectName(u"formPanel")
        self.formPanel.setMinimumSize(QSize(400, 0))
        self.formPanelLayout = QVBoxLayout(self.formPanel)
        self.formPanelLayout.setSpacing(6)
        self.formPanelLayout.setObjectName(u"formPanelLayout")
        self.formPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(self.formPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.formPanelLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(self.formPanel)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.formPanelLayout.addWidget(self.subtitleLabel)

        self.titleSpacer = QSpacerItem(20, 14, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.formPanelLayout.addItem(self.titleSpacer)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(10)
        self.profileLabel = QLabel(self.formPanel)
        self.profileLabel.setObjectName(u"profileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.profileLabel)

        self.profileRow = QHBoxLayout()
        self.profileRow.setSpacing(6)
        self.profileRow.setObjectName(u"profileRow")
        self.profileCombo = QComboBox(self.formPanel)
        self.profileCombo.setObjectName(u"profileCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.profileCombo.sizePolicy().hasHeightForWidth())
        self.profileCombo.setSizePolicy(sizePolicy)

        self.profileRow.addWidget(self.profileCombo)

        self.addProfileButton = QPushButton(self.formPanel)
        self.addProfileButton.setObjectName(u"addProfileButton")
        self.addProfileButton.setAutoDefault(False)

        self.profileRow.addWidget(self.addProfileButton)

        self.removeProfileButton = QPushButton(self.formPanel)
        self.removeProfileButton.setObjectName(u"removeProfileButton")
        self.removeProfileButton.setAutoDefault(False)

        self.profileRow.addWidget(self.removeProfileButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.profileRow)

        self.emailLabel = QLabel(self.formPanel)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.formPanel)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly|Qt.InputMethodHint.ImhNoAutoUppercase)
        self.emailEdit.setClearButtonEnabled(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.passwordLabel = QLabel(self.formPanel)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.formPanel)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.rememberCheck = QCheckBox(self.formPanel)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rememberCheck)


        self.formPanelLayout.addLayout(self.formLayout)

        self.formSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.formPanelLayout.addItem(self.formSpacer)

        self.statusRow = QHBoxLayout()
        self.statusRow.setSpacing(8)
        self.statusRow.setObjectName(u"statusRow")
        self.busyBar = QProgressBar(self.formPanel)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(72, 16777215))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.statusRow.addWidget(self.busyBar)

        self.statusLabel = QLabel(self.formPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy1)
        self.statusLabel.setWordWrap(True)

        self.statusRow.addWidget(self.statusLabel)

        self.loginButton = QPushButton(self.formPanel)
        self.loginButton.setObjectName(u"loginButton")
        self.loginButton.setMinimumSize(QSize(110, 0))

        self.statusRow.addWidget(self.loginButton)


        self.formPanelLayout.addLayout(self.statusRow)

        self.messageLabel = QLabel(self.formPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formPanelLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formPanelLayout.addItem(self.bottomSpacer)


        self.outerLayout.addWidget(self.formPanel)

        self.demoPanel = QGroupBox(LoginWindow)
        self.demoPanel.setObjectName(u"demoPanel")
        self.demoLayout = QVBoxLayout(self.demoPanel)
        self.demoLayout.setSpacing(8)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoHintLabel = QLabel(self.demoPanel)
        self.demoHintLabel.setObjectName(u"demoHintLabel")
        self.demoHintLabel.setTextFormat(Qt.TextFormat.RichText)
        self.demoHintLabel.setWordWrap(False)
        self.demoHintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demoLayout.addWidget(self.demoHintLabel)

        self.demoUsersTree = QTreeWidget(self.demoPanel)
        self.demoUsersTree.setObjectName(u"demoUsersTree")
        self.demoUsersTree.setMinimumSize(QSize(400, 300))
        self.demoUsersTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.demoUsersTree.setAlternatingRowColors(True)
        self.demoUsersTree.setRootIsDecorated(False)
        self.demoUsersTree.setUniformRowHeights(True)
        self.demoUsersTree.setItemsExpandable(False)
        self.demoUsersTree.header().setStretchLastSection(True)

        self.demoLayout.addWidget(self.demoUsersTree)


        self.outerLayout.addWidget(self.demoPanel)

#if QT_CONFIG(shortcut)
        self.profileLabel.setBuddy(self.profileCombo)
        self.emailLabel.setBuddy(self.emailEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.profileCombo, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.loginButton)
        QWidget.setTabOrder(self.loginButton, self.addProfileButton)
        QWidget.setTabOrder(self.addProfileButton, self.removeProfileButton)
        QWidget.setTabOrder(self.removeProfileButton, self.demoUsersTree)

        self.retranslateUi(LoginWindow)

        self.loginButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginWindow)
    # setupUi

    def retranslateUi(self, LoginWindow):
        LoginWindow.setWindowTitle(QCoreApplication.translate("LoginWindow", u"DICEL ERP \u2014 Log in", None))
        self.titleLabel.setText(QCoreApplication.translate("LoginWindow", u"DICEL ERP", None))
        self.subtitleLabel.setText(QCoreApplication.translate("LoginWindow", u"Log in with your work e-mail address and password.", None))
        self.profileLabel.setText(QCoreApplication.translate("LoginWindow", u"&Server:", None))
#if QT_CONFIG(tooltip)
        self.profileCombo.setToolTip(QCoreApplication.translate("LoginWindow", u"The database server to log in to, as set up by IT", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.addProfileButton.setToolTip(QCoreApplication.translate("LoginWindow", u"Add a server that IT gave you the details of", None))
#endif // QT_CONFIG(tooltip)
        self.addProfileButton.setText(QCoreApplication.translate("LoginWindow", u"A&dd\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeProfileButton.setToolTip(QCoreApplication.translate("LoginWindow", u"Remove a server you added yourself", None))
#endif // QT_CONFIG(tooltip)
        self.removeProfileButton.setText(QCoreApplication.translate("LoginWindow", u"Remove", None))
        self.emailLabel.setText(QCoreApplication.translate("LoginWindow", u"&E-mail:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("LoginWindow", u"name@dicel.rw", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginWindow", u"&Password:", None))
        self.rememberCheck.setText(QCoreApplication.translate("LoginWindow", u"&Remember my password on this computer", None))
        self.statusLabel.setText("")
        self.loginButton.setText(QCoreApplication.translate("LoginWindow", u"&Log in", None))
        self.messageLabel.setText("")
        self.demoPanel.setTitle(QCoreApplication.translate("LoginWindow", u"Demo company", None))
        self.demoHintLabel.setText("")
        ___qtreewidgetitem = self.demoUsersTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("LoginWindow", u"E-mail", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("LoginWindow", u"Name", None))
    # retranslateUi

