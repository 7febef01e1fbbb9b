#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that each layer includes only the layers below it (run by ctest as "Layers"):
#   model/          the engine: no Qt, no yaml-cpp, no data/
#   data/           loaders and savers: no Qt
#   ui/core, plot   presentation core: no report/, pages/, models/, dialogs/, window/, charts/
#   ui/report       the PDF report: core and plot only, no widget folders
#   app/cli         the command line: no widget folders
# The build enforces the rest: the engine and data targets do not link Qt, and the core and
# report targets do not link Qt Widgets, so a widget header does not compile there.
set -uo pipefail
cd "$(dirname "$0")/.."

status=0
forbid() { # forbid WHAT PATTERN DIR...
    local what=$1 pattern=$2
    shift 2
    local hits
    hits=$(grep -rnE --include='*.h' --include='*.cpp' "^[[:space:]]*#[[:space:]]*include[[:space:]]*$pattern" "$@" 2>/dev/null)
    if [ -n "$hits" ]; then
        echo "layer violation: $what"
        echo "$hits" | sed 's/^/  /'
        status=1
    fi
}

widgets='"(pages|models|dialogs|window|charts)/'
forbid "the engine includes Qt"            '<Q'                                   model
forbid "the engine includes yaml-cpp"      '<yaml-cpp/'                           model
forbid "the engine includes the loaders"   '"escale/data/'                        model
forbid "the loaders include Qt"            '<Q'                                   data
forbid "the presentation core includes a layer above it" "(\"report/|$widgets)"  ui/core ui/plot
forbid "the report includes a widget folder" "$widgets"                            ui/report
forbid "escale-cli includes a widget folder" "$widgets"                            app/cli
forbid "the report uses Qt Widgets or Qt Charts" '<(QApplication|QWidget|QtWidgets|QChart|QtCharts)' ui/report ui/core ui/plot app/cli

[ $status -eq 0 ] && echo "layers: ok (model < data < ui/core, ui/plot < ui/report < widgets)"
exit $status
