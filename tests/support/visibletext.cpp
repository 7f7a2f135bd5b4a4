#include "support/visibletext.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabBar>

namespace vax::test {

namespace {

// The widget's place: the object names (or class names) of it and its parents, up to `root`.
QString path(const QWidget* w, const QWidget* root)
{
    const QWidget* stop = root ? root->parentWidget() : nullptr;
    QStringList parts;
    for (const QWidget* p = w; p && p != stop; p = p->parentWidget())
        parts.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                                : p->objectName());
    return parts.join(QLatin1Char('/'));
}

QString plain(QString text)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return text.remove(tag).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
}

void addModel(std::vector<Shown>& out, const QString& where, const QAbstractItemModel* model)
{
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c)
        out.push_back({where + QStringLiteral("[header %1]").arg(c),
                       model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()});
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            out.push_back({where + QStringLiteral("[%1,%2]").arg(r).arg(c),
                           model->data(model->index(r, c), Qt::DisplayRole).toString()});
}

void addWidget(std::vector<Shown>& out, const QString& where, QWidget* w)
{
    if (auto* l = qobject_cast<QLabel*>(w))
        out.push_back({where, plain(l->text())});
    else if (auto* b = qobject_cast<QAbstractButton*>(w))
        out.push_back({where, b->text()});
    else if (auto* e = qobject_cast<QLineEdit*>(w))
        out.push_back({where, e->text() + QLatin1Char(' ') + e->placeholderText()});
    else if (auto* c = qobject_cast<QComboBox*>(w)) {
        for (int i = 0; i < c->count(); ++i)
            out.push_back({where + QStringLiteral("[%1]").arg(i), c->itemText(i)});
    } else if (auto* g = qobject_cast<QGroupBox*>(w))
        out.push_back({where, g->title()});
    else if (auto* t = qobject_cast<QTabBar*>(w)) {
        for (int i = 0; i < t->count(); ++i)
            out.push_back({where + QStringLiteral("[%1]").arg(i), t->tabText(i)});
    } else if (auto* v = qobject_cast<QAbstractItemView*>(w))
        addModel(out, where, v->model());
    else if (auto* s = qobject_cast<QStatusBar*>(w))
        out.push_back({where, s->currentMessage()});
    else if (auto* m = qobject_cast<QMenuBar*>(w)) {
        for (QAction* a : m->actions())
            out.push_back({where + QLatin1Char('/') + a->text(), a->text()});
    }
}

void addTree(std::vector<Shown>& out, QWidget* root, const QWidget* pathRoot)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets)
        if (w->isVisible())
            addWidget(out, path(w, pathRoot), w);
}

}  // namespace

std::vector<Shown> visibleTexts(QWidget* root)
{
    std::vector<Shown> out;
    if (root) {
        addTree(out, root, root);
        return out;
    }
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        out.push_back({path(top, nullptr) + QStringLiteral("[title]"), top->windowTitle()});
        addTree(out, top, nullptr);
    }
    return out;
}

}  // namespace vax::test
