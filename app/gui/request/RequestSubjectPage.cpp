#include "gui/request/RequestSubjectPage.h"

#include "gui/common/InlineErrorLabel.h"
#include "gui/request/RequestProfilePage.h"
#include "gui/settings/PolicyDialog.h"

#include "policy/Policy.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace certdesk::gui {

namespace {

constexpr int kSanRole = Qt::UserRole;
constexpr int kFromEmailFieldRole = Qt::UserRole + 1;

QString sanTypeInWords(SubjectAltName::Type type)
{
    switch (type) {
    case SubjectAltName::Type::Dns:
        return RequestSubjectPage::tr("DNS name");
    case SubjectAltName::Type::Email:
        return RequestSubjectPage::tr("E-mail address");
    case SubjectAltName::Type::Uri:
        return RequestSubjectPage::tr("URI");
    case SubjectAltName::Type::Ip:
        return RequestSubjectPage::tr("IP address");
    case SubjectAltName::Type::Upn:
        return RequestSubjectPage::tr("Windows sign-in name (UPN)");
    }
    return {};
}

QLabel* sectionHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

RequestSubjectPage::RequestSubjectPage(const RequestProfilePage* profilePage, QWidget* parent)
    : QWizardPage(parent), m_profilePage(profilePage)
{
    setObjectName(QStringLiteral("subjectPage"));
    setTitle(tr("Who is it for?"));
    setSubTitle(tr("Fill in what your certificate authority asks for; leave the rest empty."));

    // Both columns end in stretch, so an error sentence that appears under a field takes room from there.
    auto* columns = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);

    auto* nameForm = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("requestNameEdit"));
    m_name->setAccessibleName(tr("Name for the request"));
    m_name->setAccessibleDescription(tr("Only shown in CertDesk; the certificate authority does not see it."));
    m_name->setPlaceholderText(tr("Empty: the common name"));
    m_name->setToolTip(m_name->accessibleDescription());
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 30);
    nameForm->addRow(tr("&Name in CertDesk:"), m_name);
    left->addLayout(nameForm);
    left->addSpacing(8);

    left->addWidget(sectionHeading(tr("Subject"), this));
    auto* form = new QFormLayout;
    // The order users think in; the subject itself is written most specific first (RFC 4514), see revalidate().
    m_fields << addField(form, tr("&Common name:"), QStringLiteral("CN"), QStringLiteral("commonNameEdit"),
                         tr("Alice Example"));
    m_fields << addField(form, tr("&E-mail:"), QStringLiteral("emailAddress"), QStringLiteral("emailEdit"),
                         tr("alice@example.org"));
    m_fields << addField(form, tr("&Organisation:"), QStringLiteral("O"), QStringLiteral("organisationEdit"), {});
    m_fields << addField(form, tr("Organisational &unit:"), QStringLiteral("OU"),
                         QStringLiteral("organisationalUnitEdit"), {});
    m_fields << addField(form, tr("&Locality:"), QStringLiteral("L"), QStringLiteral("localityEdit"),
                         tr("city or town"));
    m_fields << addField(form, tr("&State:"), QStringLiteral("ST"), QStringLiteral("stateEdit"), tr("state or region"));
    m_fields << addField(form, tr("Coun&try:"), QStringLiteral("C"), QStringLiteral("countryEdit"),
                         tr("two letters: DE, FR, US…"));
    left->addLayout(form);
    left->addStretch(1);

    right->addWidget(sectionHeading(tr("Alternative names"), this));
    auto* sanEditor = new QHBoxLayout;
    m_sanType = new QComboBox(this);
    m_sanType->setObjectName(QStringLiteral("sanTypeCombo"));
    m_sanType->setAccessibleName(tr("Type of the alternative name"));
    for (auto type : {SubjectAltName::Type::Dns, SubjectAltName::Type::Email, SubjectAltName::Type::Uri,
                      SubjectAltName::Type::Ip, SubjectAltName::Type::Upn})
        m_sanType->addItem(sanTypeInWords(type), SubjectAltName::typeId(type));
    m_sanValue = new QLineEdit(this);
    m_sanValue->setObjectName(QStringLiteral("sanValueEdit"));
    m_sanValue->setAccessibleName(tr("Alternative name"));
    m_sanValue->setPlaceholderText(tr("www.example.org"));
    m_sanValue->installEventFilter(this);
    m_sanValue->setMinimumWidth(m_sanValue->fontMetrics().averageCharWidth() * 24);
    m_addSan = new QPushButton(tr("&Add"), this);
    m_addSan->setObjectName(QStringLiteral("addSanButton"));
    m_addSan->setAccessibleName(tr("Add alternative name"));
    m_addSan->setAutoDefault(false);
    sanEditor->addWidget(m_sanType);
    sanEditor->addWidget(m_sanValue, 1);
    sanEditor->addWidget(m_addSan);
    right->addLayout(sanEditor);
    m_sanError = new InlineErrorLabel(QStringLiteral("sanError"), this);
    right->addWidget(m_sanError);

    m_sanList = new QListWidget(this);
    m_sanList->setObjectName(QStringLiteral("sanList"));
    m_sanList->setAccessibleName(tr("Alternative names in the request"));
    m_sanList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sanList->setMinimumHeight(m_sanList->fontMetrics().height() * 4);
    right->addWidget(m_sanList, 1);
    m_removeSan = new QPushButton(tr("&Remove"), this);
    m_removeSan->setObjectName(QStringLiteral("removeSanButton"));
    m_removeSan->setAccessibleName(tr("Remove the selected alternative names"));
    m_removeSan->setAutoDefault(false);
    m_removeSan->setEnabled(false);
    auto* removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_removeSan);
    right->addLayout(removeRow);

    right->addWidget(sectionHeading(tr("What the certificate authority will see"), this));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("previewText"));
    m_preview->setAccessibleName(tr("Preview of the request"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMaximumHeight(m_preview->fontMetrics().height() * 6);
    m_preview->setTabChangesFocus(true);
    right->addWidget(m_preview);

    m_requirement = new QLabel(this);
    m_requirement->setObjectName(QStringLiteral("requirementLabel"));
    m_requirement->setWordWrap(true);
    m_requirement->setTextFormat(Qt::PlainText);
    m_requirement->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    right->addWidget(m_requirement);
    m_privacyNote = new QLabel(tr("Note: with TLS 1.2, client authentication sends this certificate, with this name "
                                  "and address, unencrypted; anyone on the network path can read them."),
                               this);
    m_privacyNote->setObjectName(QStringLiteral("privacyNote"));
    m_privacyNote->setAccessibleName(m_privacyNote->text());
    m_privacyNote->setWordWrap(true);
    m_privacyNote->hide();
    right->addWidget(m_privacyNote);

    connect(m_addSan, &QPushButton::clicked, this, &RequestSubjectPage::addSanFromEditor);
    connect(m_removeSan, &QPushButton::clicked, this, &RequestSubjectPage::removeSelectedSans);
    connect(m_sanValue, &QLineEdit::textChanged, this, [this] { m_sanError->setError({}); });
    connect(m_sanType, &QComboBox::currentIndexChanged, this, [this] { m_sanError->setError({}); });
    connect(m_sanList, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeSan->setEnabled(!m_sanList->selectedItems().isEmpty()); });
    connect(fieldEdit(QStringLiteral("emailAddress")), &QLineEdit::textChanged, this,
            &RequestSubjectPage::syncEmailSan);
    applyFixedAttributes();
    revalidate();
}

void RequestSubjectPage::applyFixedAttributes()
{
    const Policy* policy = organisationPolicy();
    if (!policy)
        return;
    for (const Field& field : std::as_const(m_fields)) {
        const QString value = policy->fixedValue(field.attribute);
        if (value.isEmpty())
            continue;
        field.edit->setText(value);
        field.edit->setReadOnly(true);
        field.edit->setFocusPolicy(Qt::TabFocus); // still reachable for screen readers, not typed into
        const QString note = tr("Set by your organisation");
        field.edit->setToolTip(note);
        field.edit->setAccessibleDescription(note);
        auto* label = new QLabel(note, field.edit->parentWidget());
        label->setObjectName(
            QString(field.edit->objectName()).replace(QStringLiteral("Edit"), QStringLiteral("PolicyLabel")));
        label->setForegroundRole(QPalette::PlaceholderText);
        static_cast<QVBoxLayout*>(field.edit->parentWidget()->layout())->insertWidget(1, label);
    }
}

RequestSubjectPage::Field RequestSubjectPage::addField(QFormLayout* form, const QString& label,
                                                       const QString& attribute, const QString& objectName,
                                                       const QString& placeholder)
{
    Field field;
    field.attribute = attribute;
    auto* cell = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    field.edit = new QLineEdit(cell);
    field.edit->setObjectName(objectName);
    field.edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    field.edit->setPlaceholderText(placeholder);
    // Wide enough for a typical host name or organisation, so the page does not open squeezed.
    field.edit->setMinimumWidth(field.edit->fontMetrics().averageCharWidth() * 30);
    field.error =
        new InlineErrorLabel(QString(objectName).replace(QStringLiteral("Edit"), QStringLiteral("Error")), cell);
    cellLayout->addWidget(field.edit);
    cellLayout->addWidget(field.error);
    form->addRow(label, cell);
    if (auto* buddy = qobject_cast<QLabel*>(form->labelForField(cell)))
        buddy->setBuddy(field.edit);
    connect(field.edit, &QLineEdit::textChanged, this, &RequestSubjectPage::revalidate);
    return field;
}

QLineEdit* RequestSubjectPage::fieldEdit(const QString& attribute) const
{
    for (const Field& field : m_fields) {
        if (field.attribute == attribute)
            return field.edit;
    }
    return nullptr;
}

QString RequestSubjectPage::requestName() const
{
    return m_name->text().trimmed();
}

void RequestSubjectPage::initializePage()
{
    const Profile profile = m_profilePage->profile();
    const QString suggestedType =
        SubjectAltName::typeId(profile == Profile::Server ? SubjectAltName::Type::Dns : SubjectAltName::Type::Email);
    m_sanType->setCurrentIndex(m_sanType->findData(suggestedType));
    m_sanValue->setPlaceholderText(profile == Profile::Server ? tr("www.example.org") : tr("alice@example.org"));
    syncEmailSan();
    revalidate();
}

bool RequestSubjectPage::isComplete() const
{
    return m_complete;
}

bool RequestSubjectPage::eventFilter(QObject* watched, QEvent* event)
{
    // Return in the alternative-name field adds the name; without this the wizard would also take it as "Next".
    if (watched == m_sanValue && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addSanFromEditor();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void RequestSubjectPage::addSanFromEditor()
{
    const QString value = m_sanValue->text().trimmed();
    if (value.isEmpty()) {
        m_sanError->setError(tr("Type the alternative name first, then add it."));
        return;
    }
    Result<SubjectAltName> san = SubjectAltName::parse(m_sanType->currentData().toString() + QLatin1Char(':') + value);
    if (!san) {
        m_sanError->setError(san.error().message);
        return;
    }
    for (int row = 0; row < m_sanList->count(); ++row) {
        if (m_sanList->item(row)->data(kSanRole).toString() == san.value().toString()) {
            m_sanError->setError(tr("The request already has this alternative name."));
            return;
        }
    }
    addSanItem(san.value(), false);
    m_sanValue->clear();
    m_sanError->setError({});
    revalidate();
}

void RequestSubjectPage::removeSelectedSans()
{
    const QList<QListWidgetItem*> selected = m_sanList->selectedItems();
    for (QListWidgetItem* item : selected) {
        if (item->data(kFromEmailFieldRole).toBool())
            m_emailSanDismissed = true;
        delete item;
    }
    revalidate();
    // Keep the keyboard in the list so several names can be removed one after the other.
    if (m_sanList->count() > 0) {
        m_sanList->setCurrentRow(m_sanList->count() - 1);
        m_sanList->setFocus();
    } else {
        m_sanValue->setFocus();
    }
}

void RequestSubjectPage::addSanItem(const SubjectAltName& san, bool fromEmailField)
{
    auto* item = new QListWidgetItem(tr("%1: %2").arg(sanTypeInWords(san.type()), san.value()), m_sanList);
    item->setData(kSanRole, san.toString());
    item->setData(kFromEmailFieldRole, fromEmailField);
    if (fromEmailField)
        item->setToolTip(tr("Taken from the E-mail field"));
}

QListWidgetItem* RequestSubjectPage::emailFieldSanItem() const
{
    for (int row = 0; row < m_sanList->count(); ++row) {
        if (m_sanList->item(row)->data(kFromEmailFieldRole).toBool())
            return m_sanList->item(row);
    }
    return nullptr;
}

void RequestSubjectPage::syncEmailSan()
{
    QListWidgetItem* item = emailFieldSanItem();
    const QString email = fieldEdit(QStringLiteral("emailAddress"))->text().trimmed();
    Result<SubjectAltName> san = SubjectAltName::create(SubjectAltName::Type::Email, email);
    const bool wanted = m_profilePage->profile() == Profile::Email && !email.isEmpty() && san.ok();
    if (!wanted) {
        delete item;
    } else if (item) {
        item->setText(tr("%1: %2").arg(sanTypeInWords(SubjectAltName::Type::Email), san.value().value()));
        item->setData(kSanRole, san.value().toString());
    } else if (!m_emailSanDismissed) {
        bool typedByHand = false;
        for (int row = 0; row < m_sanList->count(); ++row)
            typedByHand |= m_sanList->item(row)->data(kSanRole).toString() == san.value().toString();
        if (!typedByHand)
            addSanItem(san.value(), true);
    }
    revalidate();
}

void RequestSubjectPage::revalidate()
{
    bool fieldsValid = true;
    QList<DistinguishedName::Attribute> attributes;
    // Most specific first, as RFC 4514 writes a name (OpenSSL's "/C=…/O=…/CN=…/emailAddress=…" read backwards).
    static const QStringList kSubjectOrder = {QStringLiteral("emailAddress"),
                                              QStringLiteral("CN"),
                                              QStringLiteral("OU"),
                                              QStringLiteral("O"),
                                              QStringLiteral("L"),
                                              QStringLiteral("ST"),
                                              QStringLiteral("C")};
    for (const QString& attribute : kSubjectOrder) {
        for (const Field& field : std::as_const(m_fields)) {
            if (field.attribute != attribute)
                continue;
            const QString value = field.edit->text().trimmed();
            QString error;
            if (!value.isEmpty()) {
                if (auto checked = DistinguishedName::fromAttributes({{attribute, value}}); !checked)
                    error = checked.error().message;
                else
                    attributes << checked.value().attributes();
            }
            field.error->setError(error);
            fieldsValid &= error.isEmpty();
        }
    }

    RequestOptions options;
    m_profilePage->applyTo(options);
    if (auto subject = DistinguishedName::fromAttributes(attributes))
        options.subject = subject.value();
    else
        fieldsValid = false;
    const Policy* policy = organisationPolicy();
    if (policy && fieldsValid) {
        // Fixed attributes without a field of their own (DC, …) are part of the request too.
        if (auto completed = policy->completeSubject(options.subject))
            options.subject = completed.value();
    }
    for (int row = 0; row < m_sanList->count(); ++row) {
        if (auto san = SubjectAltName::parse(m_sanList->item(row)->data(kSanRole).toString()))
            options.sans << san.value();
    }
    m_options = options;

    QString requirement;
    if (fieldsValid) {
        auto hasSan = [&](std::initializer_list<SubjectAltName::Type> types) {
            return std::any_of(options.sans.cbegin(), options.sans.cend(), [&](const SubjectAltName& san) {
                return std::find(types.begin(), types.end(), san.type()) != types.end();
            });
        };
        // The same rules as core's validate(), in words for this page: core's sentences name command-line options.
        if (options.profile == Profile::Email && !hasSan({SubjectAltName::Type::Email})) {
            requirement = tr("An e-mail certificate needs the e-mail address under Alternative names; mail programs "
                             "look only there.");
        } else if (options.profile == Profile::Server &&
                   !hasSan({SubjectAltName::Type::Dns, SubjectAltName::Type::Ip})) {
            requirement = tr("A server certificate needs at least one DNS name or IP address under Alternative "
                             "names; browsers ignore the common name.");
        } else if (auto valid = CertificateRequest::validate(options); !valid) {
            requirement = valid.error().message;
        }
    }
    // The organisation's rules, each sentence where it belongs: under the field it concerns, else under the names.
    if (const QString problem = organisationPolicyProblem(); !problem.isEmpty()) {
        requirement = problem;
    } else if (policy && fieldsValid && requirement.isEmpty()) {
        if (auto violation = policy->checkRequest(options, std::nullopt)) {
            const QString commonName = options.subject.value(QStringLiteral("CN"));
            const QString email = options.subject.value(QStringLiteral("emailAddress"));
            if (violation->rule == QLatin1String("subject.commonName.pattern")) {
                fieldsValid = false;
                // An empty name is not wrong yet, only unfinished.
                if (!commonName.isEmpty()) {
                    for (const Field& field : std::as_const(m_fields)) {
                        if (field.attribute == QLatin1String("CN"))
                            field.error->setError(violation->message);
                    }
                }
            } else if (violation->rule == QLatin1String("subject.emailDomains") && !email.isEmpty() &&
                       policy->checkEmail(email)) {
                fieldsValid = false;
                for (const Field& field : std::as_const(m_fields)) {
                    if (field.attribute == QLatin1String("emailAddress"))
                        field.error->setError(violation->message);
                }
            } else {
                requirement = violation->message;
            }
        }
    }
    m_requirement->setText(requirement);
    m_requirement->setAccessibleName(requirement);
    m_requirement->setVisible(!requirement.isEmpty());

    const bool personal = !options.subject.value(QStringLiteral("CN")).isEmpty() ||
                          !options.subject.value(QStringLiteral("emailAddress")).isEmpty();
    m_privacyNote->setVisible(options.profile == Profile::Client && personal);

    updatePreview();
    const bool complete = fieldsValid && requirement.isEmpty();
    if (complete != m_complete) {
        m_complete = complete;
        emit completeChanged();
    }
}

void RequestSubjectPage::updatePreview()
{
    QStringList sans;
    for (const SubjectAltName& san : std::as_const(m_options.sans))
        sans << san.toString();
    const QString subject = m_options.subject.isEmpty() ? tr("(empty)") : m_options.subject.toString();
    const QString names = sans.isEmpty() ? tr("(none)") : sans.join(QStringLiteral(", "));
    m_preview->setPlainText(tr("Subject: %1\nAlternative names: %2").arg(subject, names));
}

} // namespace certdesk::gui
