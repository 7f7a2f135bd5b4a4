#include "training/trainingsheetsaction.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>

#include "shell/mainwindow.h"
#include "site/sitecontext.h"
#include "storage/durablefile.h"
#include "training/scansheet.h"
#include "training/trainingcodes.h"

namespace vax::ui {

TrainingSheetsAction::TrainingSheetsAction(QMainWindow* window, SiteContext& site)
    : QObject(window), m_window(window), m_site(site)
{
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("helpMenu"));
    m_menu->setToolTipsVisible(true);
    window->menuBar()->addMenu(m_menu);
    m_action = m_menu->addAction(QString());
    m_action->setObjectName(QStringLiteral("trainingSheetsAction"));
    m_action->setEnabled(site.site.training);
    connect(m_action, &QAction::triggered, this, &TrainingSheetsAction::chooseFile);
    window->installEventFilter(this);
    retranslate();
}

bool TrainingSheetsAction::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrainingSheetsAction::retranslate()
{
    m_menu->setTitle(tr("&Help"));
    m_action->setText(tr("Training &scan sheets (PDF)…"));
    const QString tip =
        m_site.site.training
            ? tr("Printable GS1 box codes and box trace codes of this training database's lots, "
                 "to practise scanning at the injection desk and at receipt.")
            : tr("Only a training database has scan sheets: this is the production database, "
                 "and printed codes of its real lots could be scanned in place of a real box.");
    m_action->setToolTip(tip);
    m_action->setStatusTip(tip);
}

void TrainingSheetsAction::chooseFile()
{
    if (!m_site.site.training || m_dialog)
        return;
    // The menu bar stays reachable over the lock screen; the work behind it does not.
    if (auto* main = qobject_cast<MainWindow*>(m_window); main && main->isLocked()) {
        m_window->statusBar()->showMessage(
            tr("The screen is locked: unlock it first, then print the training scan sheets."));
        return;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name =
        tr("scan-practice-%1.pdf").arg(m_site.calendar().today().toString(Qt::ISODate));
    m_dialog = new QFileDialog(m_window, tr("Save the training scan sheets"),
                               QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    m_dialog->setObjectName(QStringLiteral("trainingSheetsDialog"));
    m_dialog->setAcceptMode(QFileDialog::AcceptSave);
    m_dialog->setDefaultSuffix(QStringLiteral("pdf"));
    m_dialog->setOption(QFileDialog::DontUseNativeDialog);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        auto done = writeTo(path);
        const QString message = done ? *done : done.error().message;
        m_window->statusBar()->showMessage(message);
        emit written(done.ok(), message);
    });
    m_dialog->open();
}

Result<QString> TrainingSheetsAction::writeTo(const QString& path)
{
    auto lots = TrainingCodes::list(*m_site.db);
    if (!lots)
        return lots.error();
    const ScanSheet sheet(m_site.site.name, m_site.calendar().today(), std::move(*lots));
    const QByteArray pdf = sheet.toPdf();
    // The dialog asked before replacing a file; the durable write never replaces one itself.
    if (QFile::exists(path) && !QFile::remove(path))
        return makeError(ErrorCode::Io,
                         tr("Training scan sheets: %1 exists and cannot be replaced. Close it in "
                            "the PDF viewer or choose another name.")
                             .arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("file"));
    VAX_TRY(durable::writeFile(path, pdf, QStringLiteral("file")));
    return tr("Training scan sheets saved to %1: %2 lots, %3 codes on %4 pages.")
        .arg(QDir::toNativeSeparators(path))
        .arg(sheet.lotCount())
        .arg(sheet.codeCount())
        .arg(sheet.pageCount());
}

}  // namespace vax::ui
