#pragma once

#include <QWidget>

#include <functional>
#include <vector>

#include "contraindication/contraindication.h"
#include "site/sitecontext.h"

class QLabel;

namespace vax::ui {

// The person's active contraindications and precautions, in words (never codes), in a red box
// that is hidden when there is none. Shown at check-in above the screening questions: what an
// earlier visit found is not forgotten because today's answers are "no". Ctrl+L (a key of the
// owner's) opens LiftDialog for the first one.
class ContraindicationBox final : public QWidget {
    Q_OBJECT
public:
    explicit ContraindicationBox(SiteContext& site, QWidget* parent = nullptr);

    // Loads the person's active ones (none for an empty id).
    void showPerson(const QString& personId);
    void reload() { showPerson(m_personId); }
    const std::vector<Contraindication>& shown() const { return m_rows; }
    const QString& personId() const { return m_personId; }
    // Opens LiftDialog for the first one shown (none: nothing) and reloads once it is lifted;
    // `closed` runs when the dialog closes, lifted or not.
    void liftFirst(std::function<void()> closed);
    void retranslate();

private:
    void render();

    SiteContext& m_site;
    QString m_personId;
    std::vector<Contraindication> m_rows;
    QString m_error;
    QLabel* m_text = nullptr;
};

}  // namespace vax::ui
