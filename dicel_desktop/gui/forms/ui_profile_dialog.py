# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ProfileDialog(object):
    def setupUi(self, ProfileDialog):
        if not ProfileDialog.objectName():
            ProfileDialog.setObjectName(u"ProfileDialog")
        ProfileDialog.resize(460, 300)
        ProfileDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ProfileDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.introLabel = QLabel(ProfileDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.nameLabel = QLabel(ProfileDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProfileDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.hostLabel = QLabel(ProfileDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(ProfileDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(ProfileDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(ProfileDialog)
        self.portSpin.setObjectName(u"portSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.portSpin.sizePolicy().hasHeightForWidth())
        self.portSpin.setSizePolicy(sizePolicy)
        self.portSpin.setMinimumSize(QSize(90, 0))
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(ProfileDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(ProfileDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.sslmodeLabel = QLabel(ProfileDialog)
        self.sslmodeLabel.setObjectName(u"sslmodeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sslmodeLabel)

        self.sslmodeCombo = QComboBox(ProfileDialog)
        self.sslmodeCombo.setObjectName(u"sslmodeCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sslmodeCombo)

        self.caFileLabel = QLabel(ProfileDialog)
        self.caFileLabel.setObjectName(u"caFileLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.caFileLabel)

        self.caFileRow = QHBoxLayout()
        self.caFileRow.setSpacing(6)
        self.caFileRow.setObjectName(u"caFileRow")
        self.caFileEdit = QLineEdit(ProfileDialog)
        self.caFileEdit.setObjectName(u"caFileEdit")

        self.caFileRow.addWidget(self.caFileEdit)

        self.browseCaFileButton = QPushButton(ProfileDialog)
        self.browseCaFileButton.setObjectName(u"browseCaFileButton")
        self.browseCaFileButton.setAutoDefault(False)

        self.caFileRow.addWidget(self.browseCaFileButton)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.caFileRow)


        self.dialogLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(ProfileDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ProfileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.sslmodeLabel.setBuddy(self.sslmodeCombo)
        self.caFileLabel.setBuddy(self.caFileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.sslmodeCombo)
        QWidget.setTabOrder(self.sslmodeCombo, self.caFileEdit)
        QWidget.setTabOrder(self.caFileEdit, self.browseCaFileButton)

        self.retranslateUi(ProfileDialog)

        QMetaObject.connectSlotsByName(ProfileDialog)
    # setupUi

    def retranslateUi(self, ProfileDialog):
        ProfileDialog.setWindowTitle(QCoreApplication.translate("ProfileDialog", u"Add a server", None))
        self.introLabel.setText(QCoreApplication.translate("ProfileDialog", u"Enter the server details that IT gave you. Leave the port and database as they are unless told otherwise.", None))
        self.nameLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"For example: Head office", None))
        self.hostLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Server address:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"db.dicel.rw", None))
        self.portLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Port:", None))
        self.databaseLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Database:", None))
        self.databaseEdit.setText(QCoreApplication.translate("ProfileDialog", u"dicel_erp_db", None))
        self.sslmodeLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Encryption:", None))
        self.caFileLabel.setText(QCoreApplication.translate("ProfileDialog", u"&CA certificate:", None))
        self.caFileEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"Only if IT gave you one", None))
        self.browseCaFileButton.setText(QCoreApplication.translate("ProfileDialog", u"&Browse\u2026", None))
        self.messageLabel.setText("")
    # retranslateUi

