# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_user_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_NewUserDialog(object):
    def setupUi(self, NewUserDialog):
        if not NewUserDialog.objectName():
            NewUserDialog.setObjectName(u"NewUserDialog")
        NewUserDialog.resize(520, 460)
        self.dialogLayout = QVBoxLayout(NewUserDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.introLabel = QLabel(NewUserDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(6)
        self.emailLabel = QLabel(NewUserDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(NewUserDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.firstNameLabel = QLabel(NewUserDialog)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(NewUserDialog)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.lastNameLabel = QLabel(NewUserDialog)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(NewUserDialog)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.roleLabel = QLabel(NewUserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(NewUserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.departmentLabel = QLabel(NewUserDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(NewUserDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.positionLabel = QLabel(NewUserDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(NewUserDialog)
        self.positionEdit.setObjectName(u"positionEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.employeeNumberLabel = QLabel(NewUserDialog)
        self.employeeNumberLabel.setObjectName(u"employeeNumberLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.employeeNumberLabel)

        self.employeeNumberEdit = QLineEdit(NewUserDialog)
        self.employeeNumberEdit.setObjectName(u"employeeNumberEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.employeeNumberEdit)

        self.passwordLabel = QLabel(NewUserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(NewUserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordAgainLabel = QLabel(NewUserDialog)
        self.passwordAgainLabel.setObjectName(u"passwordAgainLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.passwordAgainLabel)

        self.passwordAgainEdit = QLineEdit(NewUserDialog)
        self.passwordAgainEdit.setObjectName(u"passwordAgainEdit")
        self.passwordAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.passwordAgainEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.passwordRulesLabel = QLabel(NewUserDialog)
        self.passwordRulesLabel.setObjectName(u"passwordRulesLabel")
        self.passwordRulesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.passwordRulesLabel)

        self.messageLabel = QLabel(NewUserDialog)
        self.messageLabel.setObjectName(u"messageLabel")

        self.dialogLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(NewUserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.emailLabel.setBuddy(self.emailEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.positionLabel.setBuddy(self.positionEdit)
        self.employeeNumberLabel.setBuddy(self.employeeNumberEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.passwordAgainLabel.setBuddy(self.passwordAgainEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.emailEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.employeeNumberEdit)
        QWidget.setTabOrder(self.employeeNumberEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.passwordAgainEdit)

        self.retranslateUi(NewUserDialog)

        QMetaObject.connectSlotsByName(NewUserDialog)
    # setupUi

    def retranslateUi(self, NewUserDialog):
        NewUserDialog.setWindowTitle(QCoreApplication.translate("NewUserDialog", u"New user", None))
        self.introLabel.setText(QCoreApplication.translate("NewUserDialog", u"The person logs in with this e-mail and password. Give them the password yourself: DICEL will not show it again.", None))
        self.emailLabel.setText(QCoreApplication.translate("NewUserDialog", u"&E-mail:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("NewUserDialog", u"firstname.lastname@dicel.rw", None))
        self.firstNameLabel.setText(QCoreApplication.translate("NewUserDialog", u"&First name:", None))
        self.lastNameLabel.setText(QCoreApplication.translate("NewUserDialog", u"&Last name:", None))
        self.roleLabel.setText(QCoreApplication.translate("NewUserDialog", u"&Role:", None))
        self.departmentLabel.setText(QCoreApplication.translate("NewUserDialog", u"&Department:", None))
        self.positionLabel.setText(QCoreApplication.translate("NewUserDialog", u"&Position:", None))
        self.positionEdit.setPlaceholderText(QCoreApplication.translate("NewUserDialog", u"Optional", None))
        self.employeeNumberLabel.setText(QCoreApplication.translate("NewUserDialog", u"Employee &number:", None))
#if QT_CONFIG(tooltip)
        self.employeeNumberEdit.setToolTip(QCoreApplication.translate("NewUserDialog", u"The number HR gave the person's employee record: the new login is linked to it, so they see their own leave, payslips and reviews.", None))
#endif // QT_CONFIG(tooltip)
        self.employeeNumberEdit.setPlaceholderText(QCoreApplication.translate("NewUserDialog", u"Optional, e.g. EMP-000042", None))
        self.passwordLabel.setText(QCoreApplication.translate("NewUserDialog", u"Pass&word:", None))
        self.passwordAgainLabel.setText(QCoreApplication.translate("NewUserDialog", u"&Again:", None))
        self.passwordRulesLabel.setText("")
        self.messageLabel.setText("")
    # retranslateUi

