// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace escale::ui {

/** The translation context ("Report") of every sentence the PDF report writes itself. */
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

} // namespace escale::ui
