// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/result.h"

#include <QString>

namespace escale::ui {

/** The outcome of a load, save or export: nothing, or a message for the user (file, cause). */
using Status = escale::Result<void, QString>;

} // namespace escale::ui
