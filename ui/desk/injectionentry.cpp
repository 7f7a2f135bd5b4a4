#include "desk/injectionentry.h"

#include <QLabel>
#include <QVBoxLayout>

#include "desk/injectionpanel.h"
#include "shell/style.h"
#include "stock/scanfield.h"

namespace vax::ui {

InjectionEntry::InjectionEntry(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("injectionPrompt"));
    m_prompt->setWordWrap(true);
    scaleFont(m_prompt, 1.2, true);
    layout->addWidget(m_prompt);
    m_scanField = new ScanField(this);
    m_scanField->setObjectName(QStringLiteral("injectionScan"));
    scaleFont(m_scanField, 1.35);
    m_scanField->setStyleSheet(
        QStringLiteral("QLineEdit { border: 2px solid #1d4f91; "
                       "border-radius: 4px; padding: 4px; }"));
    layout->addWidget(m_scanField);
    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("injectionKeys"));
    m_keys->setWordWrap(true);
    m_keys->setStyleSheet(QStringLiteral("color:#555;"));
    scaleFont(m_keys, 0.85);
    layout->addWidget(m_keys);
    m_queueSource = new QLabel(this);
    m_queueSource->setObjectName(QStringLiteral("queueSource"));
    scaleFont(m_queueSource, 0.85);
    m_queueSource->hide();
    layout->addWidget(m_queueSource);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("injectionMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("savedBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAlignment(Qt::AlignCenter);
    scaleFont(m_banner, 1.9, true);
    m_banner->setStyleSheet(
        QStringLiteral("color:white; background:%1; padding:10px;").arg(QLatin1String(kOkColour)));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_certificateBanner = new QLabel(this);
    m_certificateBanner->setObjectName(QStringLiteral("certificateBanner"));
    m_certificateBanner->setWordWrap(true);
    m_certificateBanner->setAlignment(Qt::AlignCenter);
    scaleFont(m_certificateBanner, 1.3, true);
    m_certificateBanner->hide();
    layout->addWidget(m_certificateBanner);
}

void InjectionEntry::retranslate()
{
    m_keys->setText(InjectionPanel::tr(
        "F5 next · scan + Enter · Space confirm · V verified · L / R site · "
        "Enter administer · Esc back · Ctrl+D doctor · Ctrl+P certificate · F9 display"));
}

void InjectionEntry::setPrompt(const QString& prompt)
{
    m_prompt->setText(prompt);
}

void InjectionEntry::showMessage(const QString& text, bool error)
{
    m_refusalShown = false;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:white; background:%1; padding:6px; "
                                                    "font-weight:bold;")
                                         .arg(QLatin1String(kErrorColour))
                                   : QStringLiteral("color:#1a1a1a; background:#e4e9f0; "
                                                    "padding:6px;"));
    m_message->setVisible(!text.isEmpty());
}

void InjectionEntry::showQueueSource(const QString& text, bool warn)
{
    m_queueSource->setText(text);
    m_queueSource->setStyleSheet(warn ? QStringLiteral("color:#8a5a00;")
                                      : QStringLiteral("color:#555;"));
    m_queueSource->setVisible(!text.isEmpty());
}

QString InjectionEntry::queueSource() const
{
    return m_queueSource->isVisible() ? m_queueSource->text() : QString();
}

bool InjectionEntry::hasMessage() const
{
    return !m_message->text().isEmpty();
}

void InjectionEntry::showRefusal(const QString& text)
{
    showMessage(text, true);
    m_refusalShown = true;
}

void InjectionEntry::dropRefusal()
{
    if (m_refusalShown)
        showMessage({}, false);
}

void InjectionEntry::showSaved(const QString& text)
{
    m_banner->setText(text);
    m_banner->show();
}

void InjectionEntry::showCertificatePrinted(const QString& text)
{
    m_certificateBanner->setText(text);
    m_certificateBanner->setStyleSheet(
        QStringLiteral("color:white; background:%1; padding:6px;").arg(QLatin1String(kOkColour)));
    m_certificateBanner->show();
}

void InjectionEntry::hideCertificate()
{
    m_certificateBanner->hide();
}

void InjectionEntry::hideBanners()
{
    m_banner->hide();
    m_certificateBanner->hide();
}

}  // namespace vax::ui
