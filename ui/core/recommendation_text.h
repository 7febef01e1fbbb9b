// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace escale::ui {

/**
 * The recommendation in plain words, in the installed language. Used by the overview page and
 * the PDF report so both say the same thing.
 */
class RecommendationText
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationText)

public:
    explicit RecommendationText(const Results &results);

    /** "Move offshore to Tunisia." / "Stay onshore in France." / "Split: …" */
    QString headline() const;
    /** Score and margin over the runner-up. */
    QString margin() const;
    /**
     * Saving vs onshore and break-even month, empty when the winner is onshore. For a split:
     * splitParts() and the saving of both parts together against the onshore site alone.
     */
    QString saving() const;
    /** Each part of a split with its share, FTE and TCO, and their total; empty without one. */
    QString splitParts() const;
    /**
     * The criteria that decide it, strongest first, with their signed parts of the method's
     * margin (Contribution::marginContribution), followed by decompositionNote().
     */
    QString decidingCriteria() const;
    /** decidingCriteria() without the note: for a page that explains the parts itself. */
    QString criteriaSentence() const;
    /**
     * What the parts are when they are not plainly weight x utility gap: PROMETHEE II's
     * net-flow parts, or Shapley shares (TOPSIS, VIKOR, WPM); empty for WSM.
     */
    QString decompositionNote() const;
    /** Whether WSM, TOPSIS, VIKOR and PROMETHEE II agree. */
    QString methodAgreement() const;
    /** One line per excluded site with its reasons; empty when none. */
    QStringList exclusions() const;
    /** Headline, margin, saving, criteria and agreement as one paragraph. */
    QString summary() const;

private:
    QString siteName(int index) const;
    QString splitSaving() const;
    const Results &m_results;
};

} // namespace escale::ui
