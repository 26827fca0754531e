#pragma once

#include <QFont>

namespace td::ui {

/// Workshop presentation mode: the whole application in a larger font (tables, headers, charts
/// and dialogs alike) and the charts in the high-contrast palette, for a projector. The window
/// adds full screen and remembers the choice.
class PresentationMode
{
public:
    /// How much larger the font is in presentation mode.
    static constexpr double FontScale = 1.4;

    static bool isEnabled();
    /// Scales the application font and every widget font set explicitly, and switches the chart
    /// palette. Turning it off restores the sizes from before.
    static void setEnabled(bool on);
    /// `font` at the presentation size when the mode is on (used when the language changes the
    /// application font).
    static QFont scaled(const QFont &font);
};

} // namespace td::ui
